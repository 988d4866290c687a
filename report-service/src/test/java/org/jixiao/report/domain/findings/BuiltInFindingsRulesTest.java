package org.jixiao.report.domain.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuiltInFindingsRulesTest {

    @Test
    void coversTheCatalogueOfReportsSection4() {
        Set<String> ids = new HashSet<>();
        BuiltInFindingsRules.all().forEach(rule -> ids.add(rule.id()));
        assertEquals(BuiltInFindingsRules.all().size(), ids.size(), "ids are unique");
        assertTrue(ids.containsAll(List.of("budget-adjustment", "final-accounts-incomplete", "missing-timeliness",
                "vague-targets", "result-application", "unmet-targets", "self-score-inflated", "carry-over",
                "three-public-overspend", "asset-inventory", "low-execution")), ids.toString());
    }

    @Test
    void everyRuleParsesAndCarriesARecommendationAndCitation() {
        for (FindingsRule rule : BuiltInFindingsRules.all()) {
            FindingsEngine.validate(rule);
            assertFalse(rule.recommendationTemplate() == null || rule.recommendationTemplate().isBlank(), rule.id());
            assertFalse(rule.citation() == null || rule.citation().isBlank(), rule.id());
        }
    }

    @Test
    void everyFactARuleReadsHasAName() throws IllegalAccessException {
        Set<String> known = new HashSet<>();
        for (var field : FactNames.class.getFields()) {
            known.add((String) field.get(null));
        }
        for (FindingsRule rule : BuiltInFindingsRules.all()) {
            for (String variable : Condition.parse(rule.condition()).variables()) {
                assertTrue(known.contains(variable), rule.id() + " reads unnamed fact " + variable);
            }
        }
    }
}
