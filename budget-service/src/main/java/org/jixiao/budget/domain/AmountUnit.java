package org.jixiao.budget.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The unit an amount was written in. Always stated by the sender: 元 and 万元 differ by four orders of
 * magnitude, so a missing unit is an error, never a default.
 */
@Schema(name = "AmountUnit", description = "The unit the request's amounts are written in: YUAN (元, at most 2 "
        + "decimals) or TEN_THOUSAND_YUAN (万元, at most 6); the labels 元 and 万元 are accepted too. Answers are always "
        + "in 元.")
public enum AmountUnit {
    YUAN("元", 0),
    TEN_THOUSAND_YUAN("万元", 4);

    /** Amounts are stored in whole fen, i.e. 2 decimals of 元. */
    private static final int YUAN_DECIMALS = 2;

    private final String label;
    private final int powerOfTenInYuan;

    AmountUnit(String label, int powerOfTenInYuan) {
        this.label = label;
        this.powerOfTenInYuan = powerOfTenInYuan;
    }

    /** The Chinese label shown to people: 元 or 万元. */
    public String label() {
        return label;
    }

    /** How many places the decimal point moves right to turn this unit into 元. */
    public int powerOfTenInYuan() {
        return powerOfTenInYuan;
    }

    /** The most decimals that still denote a whole number of fen: 2 in 元, 6 in 万元. */
    public int maxDecimals() {
        return YUAN_DECIMALS + powerOfTenInYuan;
    }
}
