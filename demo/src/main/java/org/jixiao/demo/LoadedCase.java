package org.jixiao.demo;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A seed case as the suite holds it after loading: the evaluation's score and grade as GET /score answers them, the
 * unit's own total where it reported one, and the report with the URL of each document format.
 *
 * @param dir               fixture directory of the case
 * @param unitCode          the unit evaluated
 * @param unitName          its name
 * @param fiscalYear        评价年度
 * @param type              SELF, DEPARTMENT or FINANCE
 * @param evaluationId      id of the finalized evaluation
 * @param total             result.total
 * @param grade             result.grade
 * @param selfReportedTotal result.selfReportedTotal; null when the unit reported none
 * @param selfReportedGrade the evaluation's grade scheme applied to the self-reported total; null when none
 * @param categories        the top-level rows of the score table
 * @param reportId          the generated report; null when none appeared within the wait
 * @param documents         format (html, docx, pdf, xlsx) → download URL; empty without a report
 */
public record LoadedCase(String dir, String unitCode, String unitName, int fiscalYear, String type,
        String evaluationId, BigDecimal total, String grade, BigDecimal selfReportedTotal, String selfReportedGrade,
        List<CategoryScore> categories, String reportId, Map<String, URI> documents) {

    public LoadedCase {
        categories = categories == null ? List.of() : List.copyOf(categories);
        documents = documents == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(documents));
    }

    /** One top-level node of GET /score. */
    public record CategoryScore(String code, String name, BigDecimal weight, BigDecimal score, BigDecimal scoreRate,
            BigDecimal selfReportedScore) {
    }
}
