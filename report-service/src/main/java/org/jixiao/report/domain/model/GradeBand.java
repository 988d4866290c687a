package org.jixiao.report.domain.model;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** One band of the evaluation's grade scheme (等级划分): a label for totals from lowerInclusive below upperExclusive. */
public record GradeBand(String label, BigDecimal lowerInclusive, BigDecimal upperExclusive) {

    public GradeBand {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(lowerInclusive, "lowerInclusive");
    }

    /**
     * The scheme in the seeds' words, best band first: "评价结果分为优秀、良好、基本合格、不合格四个等级：90分（含）以上为优秀；
     * 80分（含）至90分为良好；70分（含）至80分为基本合格；70分以下为不合格。" Empty when there are no bands.
     */
    public static String describe(List<GradeBand> bands) {
        if (bands == null || bands.isEmpty()) {
            return "";
        }
        List<GradeBand> best = bands.stream().sorted(Comparator.comparing(GradeBand::lowerInclusive).reversed()).toList();
        StringBuilder text = new StringBuilder("评价结果分为");
        text.append(String.join("、", best.stream().map(GradeBand::label).toList()));
        text.append(Figures.countInWords(best.size())).append("个等级：");
        for (int i = 0; i < best.size(); i++) {
            GradeBand band = best.get(i);
            String lower = Figures.number(band.lowerInclusive().stripTrailingZeros());
            if (i > 0) {
                text.append("；");
            }
            if (band.lowerInclusive().signum() == 0 && band.upperExclusive() != null) {
                text.append(Figures.number(band.upperExclusive().stripTrailingZeros())).append("分以下");
            } else if (band.upperExclusive() == null) {
                text.append(lower).append("分（含）以上");
            } else {
                text.append(lower).append("分（含）至").append(Figures.number(band.upperExclusive().stripTrailingZeros()))
                        .append("分");
            }
            text.append("为").append(band.label());
        }
        return text.append("。").toString();
    }
}
