package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One 专项资金 of a unit-year, validated, in 元 with 2 decimals.
 *
 * @param code           the fund's code, unique within the unit-year
 * @param name           专项资金名称
 * @param totalAmount    部门参与分配的资金数
 * @param detailedAmount 已细化到具体项目（承担单位）的资金数; never above totalAmount
 */
public record SpecialFund(String code, String name, BigDecimal totalAmount, BigDecimal detailedAmount) {

    public SpecialFund {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        totalAmount = Money.fen("totalAmount", Objects.requireNonNull(totalAmount, "totalAmount"));
        detailedAmount = Money.fen("detailedAmount", Objects.requireNonNull(detailedAmount, "detailedAmount"));
        if (detailedAmount.compareTo(totalAmount) > 0) {
            throw new IllegalArgumentException("detailedAmount " + detailedAmount + " exceeds totalAmount " + totalAmount);
        }
    }

    /** 专项资金细化率 of this fund: detailedAmount ÷ totalAmount, percent; null when the total is 0. */
    public BigDecimal detailRate() {
        return Percentages.of(detailedAmount, totalAmount);
    }
}
