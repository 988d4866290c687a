package org.jixiao.report.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.ReportFixtures;
import org.jixiao.report.domain.findings.BuiltInFindingsRules;
import org.jixiao.report.domain.findings.FactNames;
import org.jixiao.report.domain.findings.Finding;
import org.jixiao.report.domain.findings.FindingsEngine;
import org.junit.jupiter.api.Test;

class ReportFactsTest {

    @Test
    void derivesBudgetAndTargetFactsFromTheModel() {
        Map<String, Object> facts = ReportFacts.from(ReportFixtures.seed004Summary());
        // seed 004: 13,786.00 approved, 13,581.29 adjusted and spent.
        assertEquals(new BigDecimal("100.00"), facts.get(FactNames.EXECUTION_RATE));
        assertEquals(new BigDecimal("-1.48"), facts.get(FactNames.ADJUSTMENT_RATE));
        assertEquals(4, facts.get(FactNames.UNMET_TARGET_COUNT));
        assertEquals(List.of("“违法建设案件”（不断减少）", "“居民幸福感”（不断提升）"), facts.get(FactNames.VAGUE_TARGETS));
    }

    @Test
    void findsSeed002InflatedSelfScore() {
        // seed 002: 投入管理 self-scored 20/20 although the 95.23% adjustment rate breaches its ≤5% target.
        ScoreNode selfReported = ScoreNode.branch("INPUT", "投入管理", 1, new BigDecimal("20"), new BigDecimal("20"), List.of());
        ScoreNode recomputed = ScoreNode.branch("INPUT", "投入管理", 1, new BigDecimal("20"), new BigDecimal("15"), List.of());
        Map<String, Object> facts = ReportFacts.selfScoreFacts(List.of(selfReported), List.of(recomputed), BigDecimal.ONE);
        assertEquals(new BigDecimal("5.00"), facts.get(FactNames.SELF_SCORE_OVERSTATEMENT));
        assertEquals(List.of("投入管理（自评20.00分，复核15.00分）"), facts.get(FactNames.INFLATED_NODES));

        List<Finding> findings = new FindingsEngine().evaluate(BuiltInFindingsRules.all(), facts);
        assertEquals(List.of("self-score-inflated"), findings.stream().map(Finding::ruleId).toList());
    }

    @Test
    void modelFactsFeedTheEngine() {
        List<String> fired = new FindingsEngine().evaluate(BuiltInFindingsRules.all(),
                ReportFacts.from(ReportFixtures.seed004Summary())).stream().map(Finding::ruleId).toList();
        assertEquals(List.of("vague-targets", "unmet-targets"), fired);
        Finding unmet = new FindingsEngine().evaluate(BuiltInFindingsRules.all(),
                ReportFacts.from(ReportFixtures.seed004Summary())).get(1);
        assertTrue(unmet.text().contains("年度目标 4 中产出指标“新增就业岗位”计划800个，实际为210个"), unmet.text());
    }
}
