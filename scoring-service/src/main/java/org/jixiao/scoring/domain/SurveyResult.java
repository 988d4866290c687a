package org.jixiao.scoring.domain;

/** One 满意度问卷 batch, e.g. seed 000's 44 staff questionnaires. */
public record SurveyResult(String respondentGroup, int issued, int valid, int satisfied) {
}
