package org.jixiao.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One of the five seed evaluations the demo loads, in load order, with the figures its report publishes and what the
 * suite must show for it. The figures live in {@code /seeds/cases.json} — one place, typed from the seeds, never
 * computed here — and only tests compare them; the loader prints what the suite answers.
 *
 * @param dir       fixture directory under {@code /seeds/}
 * @param seed      the seed report in /work/shared/seeds it was typed from
 * @param title     city, unit and year as people say it
 * @param published what the seed itself prints
 * @param expected  what GET /score and the report must show once the case is loaded
 */
public record SeedCase(String dir, String seed, String title, Published published, Expected expected) {

    /** @param note how the published figures relate to the expected ones */
    public record Published(BigDecimal total, String grade, BigDecimal selfReportedTotal, String note) {
    }

    /**
     * @param total             result.total of GET /score
     * @param grade             result.grade (the label of the evaluation's grade scheme)
     * @param selfReportedTotal result.selfReportedTotal; null when the seed is no self-evaluation
     * @param selfReportedGrade the grade scheme's label for the self-reported total
     * @param categories        result.nodes: the top-level rows of the score table, in framework order
     * @param flags             every flag of result.flags, in order
     * @param metrics           budget metrics the evaluation snapshot must carry (name → percent)
     * @param finalAccountsIncomplete whether the budget shows money outside the 决算; null: not checked
     * @param reportMentions    text the HTML report must contain (unit, total, grade, findings in the seed's words)
     */
    public record Expected(BigDecimal total, String grade, BigDecimal selfReportedTotal, String selfReportedGrade,
            List<Category> categories, List<ExpectedFlag> flags, Map<String, BigDecimal> metrics,
            Boolean finalAccountsIncomplete, List<String> reportMentions) {

        public Expected {
            categories = categories == null ? List.of() : List.copyOf(categories);
            flags = flags == null ? List.of() : List.copyOf(flags);
            metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
            reportMentions = reportMentions == null ? List.of() : List.copyOf(reportMentions);
        }
    }

    /** One top-level row: 一级指标 (seeds 000–002), 活动 (003) or 预算执行 / 年度目标 (004). */
    public record Category(String code, String name, BigDecimal weight, BigDecimal score, BigDecimal scoreRate,
            BigDecimal selfReportedScore) {
    }

    /** @param nodeCode null for a flag on the whole evaluation */
    public record ExpectedFlag(String code, String nodeCode) {
    }

    /** The five cases in load order. */
    public static List<SeedCase> all() {
        JsonNode root = SeedFixtures.required("", "cases.json");
        try {
            return List.copyOf(SeedFixtures.JSON.copy()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readerFor(new TypeReference<List<SeedCase>>() {
                    })
                    .readValue(root.path("cases")));
        } catch (IOException e) {
            throw new UncheckedIOException("/seeds/cases.json does not match SeedCase", e);
        }
    }

    public SeedFixtures fixtures() {
        return SeedFixtures.load(dir);
    }
}
