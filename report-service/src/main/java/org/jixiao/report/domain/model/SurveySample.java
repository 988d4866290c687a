package org.jixiao.report.domain.model;

import java.util.List;
import java.util.Objects;

/** The questionnaires of one respondent group (满意度问卷): issued and valid. */
public record SurveySample(String respondentGroup, int issued, int valid) {

    public SurveySample {
        Objects.requireNonNull(respondentGroup, "respondentGroup");
    }

    /** The group as the reports call it: staff → 干部职工, residents → 受益群众; other groups as entered. */
    public String label() {
        return switch (respondentGroup.strip()) {
            case "staff" -> "干部职工";
            case "residents", "beneficiaries" -> "受益群众";
            default -> respondentGroup.strip();
        };
    }

    /** Seed 000: "共收集干部职工满意度问卷44份，受益群众满意度问卷38份。" Counts the valid questionnaires; empty for none. */
    public static String describe(List<SurveySample> samples) {
        if (samples == null || samples.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("对相关受益对象的满意度进行问卷调查，共收集");
        for (int i = 0; i < samples.size(); i++) {
            SurveySample s = samples.get(i);
            text.append(i == 0 ? "" : "，").append(s.label()).append("满意度问卷").append(s.valid()).append("份");
            if (s.issued() != s.valid()) {
                text.append("（发放").append(s.issued()).append("份）");
            }
        }
        return text.append("。").toString();
    }
}
