package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A jurisdiction's grade bands over the 0–100 total. Bands are listed from the lowest up, the first starting at 0;
 * each covers [its lower bound, the next band's lower bound), the last extends to 100 inclusive.
 */
public record GradeScheme(String code, String name, List<GradeBand> bands) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** 财预〔2020〕10号 practice: 优 ≥90; 良 [80,90); 中 [60,80); 差 <60 (seeds 001, 002). */
    public static final GradeScheme NATIONAL = new GradeScheme("NATIONAL", "财预〔2020〕10号通行等级", List.of(
            new GradeBand("差", BigDecimal.ZERO),
            new GradeBand("中", BigDecimal.valueOf(60)),
            new GradeBand("良", BigDecimal.valueOf(80)),
            new GradeBand("优", BigDecimal.valueOf(90))));

    /** 嘉峪关市: 优秀 ≥90; 良好 [80,90); 基本合格 [70,80); 不合格 <70 (seed 000). */
    public static final GradeScheme JIAYUGUAN = new GradeScheme("JIAYUGUAN", "嘉峪关市预算绩效评价等级", List.of(
            new GradeBand("不合格", BigDecimal.ZERO),
            new GradeBand("基本合格", BigDecimal.valueOf(70)),
            new GradeBand("良好", BigDecimal.valueOf(80)),
            new GradeBand("优秀", BigDecimal.valueOf(90))));

    public GradeScheme {
        // Null elements are kept so that validate() can name them.
        bands = bands == null ? null : Collections.unmodifiableList(new ArrayList<>(bands));
    }

    /** Every problem of a (user-created) scheme; empty when it is usable. Fields are relative: {@code bands[1].label}. */
    public List<InputError> validate() {
        return validate("");
    }

    List<InputError> validate(String prefix) {
        List<InputError> errors = new ArrayList<>();
        if (code == null || code.isBlank()) {
            errors.add(new InputError(prefix + "code", "REQUIRED", "等级方案须有代码"));
        }
        if (bands == null || bands.isEmpty()) {
            errors.add(new InputError(prefix + "bands", "REQUIRED", "等级方案至少须有一个等级"));
            return errors;
        }
        Set<String> labels = new HashSet<>();
        BigDecimal previous = null;
        for (int i = 0; i < bands.size(); i++) {
            String field = prefix + "bands[" + i + "]";
            GradeBand band = bands.get(i);
            if (band == null) {
                errors.add(new InputError(field, "REQUIRED", "等级不能为空"));
                continue;
            }
            if (band.label() == null || band.label().isBlank()) {
                errors.add(new InputError(field + ".label", "REQUIRED", "等级须有名称"));
            } else if (!labels.add(band.label().strip())) {
                errors.add(new InputError(field + ".label", "DUPLICATE_LABEL", "等级名称重复：" + band.label()));
            }
            BigDecimal lower = band.lowerInclusive();
            if (lower == null) {
                errors.add(new InputError(field + ".lowerInclusive", "REQUIRED", "等级须有下限"));
                continue;
            }
            if (i == 0 && lower.signum() != 0) {
                errors.add(new InputError(field + ".lowerInclusive", "FIRST_BAND_NOT_ZERO",
                        "最低等级的下限须为 0（实为 " + lower.toPlainString() + "），否则低分无等级"));
            }
            if (lower.compareTo(HUNDRED) > 0) {
                errors.add(new InputError(field + ".lowerInclusive", "ABOVE_100",
                        "等级下限 " + lower.toPlainString() + " 超过 100，无法达到"));
            }
            if (previous != null && lower.compareTo(previous) <= 0) {
                errors.add(new InputError(field + ".lowerInclusive", "BANDS_NOT_ASCENDING",
                        "等级须按下限严格递增排列：" + lower.toPlainString() + " 不大于前一等级的 " + previous.toPlainString()));
            }
            previous = lower;
        }
        return errors;
    }

    /** This scheme, or a {@link ScoringInputException} listing what is wrong with it. */
    public GradeScheme requireValid() {
        List<InputError> errors = validate();
        if (!errors.isEmpty()) {
            throw new ScoringInputException(errors);
        }
        return this;
    }

    /** The label of the band that contains {@code total}; the scheme must be valid and the total in [0, 100]. */
    public String gradeFor(BigDecimal total) {
        if (total == null || total.signum() < 0 || total.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("total must be within [0, 100]: " + total);
        }
        for (int i = bands.size() - 1; i >= 0; i--) {
            GradeBand band = bands.get(i);
            if (total.compareTo(band.lowerInclusive()) >= 0) {
                return band.label();
            }
        }
        throw new IllegalStateException("grade scheme " + code + " has no band for " + total + "; validate it first");
    }
}
