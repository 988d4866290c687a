package org.jixiao.scoring.domain;

/**
 * One reason an input was refused.
 *
 * @param field   path of the offending value, e.g. {@code inputs[新增就业岗位].manualScore}
 * @param code    stable machine code, e.g. {@code MANUAL_SCORE_ABOVE_WEIGHT}
 * @param message user-facing explanation (Chinese)
 */
public record InputError(String field, String code, String message) {
}
