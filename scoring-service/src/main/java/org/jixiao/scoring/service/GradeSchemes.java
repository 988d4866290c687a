package org.jixiao.scoring.service;

import java.util.Map;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.scoring.domain.GradeScheme;

/** The grade schemes evaluations may name; the built-in ones cover the national practice and 嘉峪关. */
final class GradeSchemes {
    private static final Map<String, GradeScheme> BUILT_IN = Map.of(
            GradeScheme.NATIONAL.code(), GradeScheme.NATIONAL,
            GradeScheme.JIAYUGUAN.code(), GradeScheme.JIAYUGUAN);

    private GradeSchemes() {
    }

    static GradeScheme resolve(String code) {
        GradeScheme scheme = BUILT_IN.get(code == null ? GradeScheme.NATIONAL.code() : code);
        if (scheme == null) {
            throw ProblemException.invalid("gradeScheme", "UNKNOWN_GRADE_SCHEME",
                    "unknown grade scheme " + code + "; known: " + BUILT_IN.keySet());
        }
        return scheme;
    }
}
