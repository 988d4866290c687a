package org.jixiao.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue of cases agrees with itself and with the fixtures; the seeds' figures are stated once, there. */
class SeedCaseTest {

    @Test
    void fiveCasesInSeedOrderWithTheSeedsHeadlineFigures() {
        List<SeedCase> cases = SeedCase.all();
        assertEquals(List.of("000", "001", "002", "003", "004"),
                cases.stream().map(c -> c.dir().substring(0, 3)).toList());
        for (SeedCase c : cases) {
            assertTrue(c.seed().startsWith(c.dir().substring(0, 3) + "_"), c.seed());
        }
        assertEquals(new BigDecimal("92.30"), cases.get(0).expected().total());
        assertEquals("优", cases.get(0).published().grade());
        assertEquals(new BigDecimal("85.54"), cases.get(1).expected().total());
        assertEquals("良", cases.get(1).expected().grade());
        assertEquals(0, new BigDecimal("96").compareTo(cases.get(2).published().total()));
        assertEquals(0, new BigDecimal("96").compareTo(cases.get(2).expected().selfReportedTotal()));
        assertEquals("优", cases.get(2).expected().selfReportedGrade());
        assertEquals(0, BigDecimal.valueOf(100).compareTo(cases.get(3).expected().total()));
        assertEquals(new BigDecimal("90.66"), cases.get(4).expected().total());
    }

    @Test
    void publishedTotalsAreTheExpectedOnesExceptWhereRecomputationDiffers() {
        for (SeedCase c : SeedCase.all()) {
            BigDecimal published = c.published().total();
            BigDecimal expected = c.expected().total();
            if (c.expected().selfReportedTotal() != null) {
                assertEquals(0, published.compareTo(c.expected().selfReportedTotal()),
                        c.dir() + ": a self-evaluation publishes the unit's own total");
            } else {
                assertEquals(0, published.compareTo(expected), c.dir());
            }
            assertFalse(c.published().note().isBlank(), c.dir() + " says how published and expected relate");
        }
    }

    @Test
    void expectedCategoriesAreTheFrameworksTopLevelAndAddUpToTheTotal() {
        for (SeedCase c : SeedCase.all()) {
            JsonNode nodes = c.fixtures().framework().path("nodes");
            List<SeedCase.Category> categories = c.expected().categories();
            assertEquals(nodes.size(), categories.size(), c.dir());
            BigDecimal weights = BigDecimal.ZERO;
            BigDecimal scores = BigDecimal.ZERO;
            for (int i = 0; i < categories.size(); i++) {
                SeedCase.Category row = categories.get(i);
                assertEquals(nodes.get(i).path("code").asText(), row.code(), c.dir());
                assertEquals(nodes.get(i).path("name").asText(), row.name(), c.dir());
                assertEquals(0, nodes.get(i).path("weight").decimalValue().compareTo(row.weight()), row.code());
                assertTrue(row.score().compareTo(row.weight()) <= 0, row.code() + " scores above its weight");
                assertEquals(row.score().multiply(BigDecimal.valueOf(100)).divide(row.weight(), 2, RoundingMode.HALF_UP),
                        row.scoreRate(), c.dir() + " " + row.code() + ": scoreRate = score ÷ weight");
                weights = weights.add(row.weight());
                scores = scores.add(row.score());
            }
            assertEquals(0, weights.compareTo(BigDecimal.valueOf(100)), c.dir());
            assertEquals(0, scores.compareTo(c.expected().total()), c.dir() + ": categories sum to the total");
        }
    }

    @Test
    void selfReportedCategoryScoresAddUpToTheSelfReportedTotal() {
        for (SeedCase c : SeedCase.all()) {
            List<SeedCase.Category> rows = c.expected().categories();
            if (rows.stream().allMatch(r -> r.selfReportedScore() == null)) {
                continue;
            }
            BigDecimal sum = rows.stream().map(SeedCase.Category::selfReportedScore).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            assertEquals(0, sum.compareTo(c.expected().selfReportedTotal()), c.dir());
        }
    }

    @Test
    void selfReportedFiguresBelongToSelfEvaluationsOnly() {
        for (SeedCase c : SeedCase.all()) {
            String type = c.fixtures().type();
            if (type.equals("SELF")) {
                assertNotNull(c.expected().selfReportedTotal(), c.dir());
                assertNotNull(c.fixtures().reportedScores(), c.dir());
                assertEquals(0, c.expected().selfReportedTotal()
                        .compareTo(c.fixtures().reportedScores().path("total").decimalValue()), c.dir());
            } else {
                assertNull(c.expected().selfReportedTotal(), c.dir());
                assertNull(c.expected().selfReportedGrade(), c.dir());
            }
        }
    }

    @Test
    void everyExpectedFlagNamesANodeOfTheFramework() {
        for (SeedCase c : SeedCase.all()) {
            java.util.Map<String, BigDecimal> weights = new java.util.LinkedHashMap<>();
            SeedFixturesTest.collectWeights(c.fixtures().framework().path("nodes"), weights);
            for (SeedCase.ExpectedFlag flag : c.expected().flags()) {
                assertTrue(flag.nodeCode() == null || weights.containsKey(flag.nodeCode()), c.dir() + " " + flag);
            }
            assertTrue(c.expected().reportMentions().contains(c.fixtures().unitName())
                    || c.fixtures().unitName().contains(c.expected().reportMentions().get(0)), c.dir());
        }
    }
}
