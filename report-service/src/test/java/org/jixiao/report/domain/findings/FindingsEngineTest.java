package org.jixiao.report.domain.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FindingsEngineTest {
    private final FindingsEngine engine = new FindingsEngine();

    /** Seed 001 (高庄街道 2023) as facts; where the seed is silent the value is chosen to breach the rule. */
    static Map<String, Object> seed001Facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(FactNames.INITIAL_BUDGET, new BigDecimal("5524500.00"));
        facts.put(FactNames.ADJUSTED_BUDGET, new BigDecimal("6679200.00"));
        facts.put(FactNames.ADJUSTMENT_RATE, new BigDecimal("20.90"));
        facts.put(FactNames.EXECUTION_RATE, new BigDecimal("120.90"));
        facts.put(FactNames.ACTUAL_EXPENDITURE, new BigDecimal("6679200.00"));
        facts.put(FactNames.ALL_SOURCE_EXPENDITURE, new BigDecimal("9940700.00"));
        List<String> projects = List.of("纪检工作办案经费", "秸秆禁烧经费", "严重精神病监护人以奖代补专项资金",
                "严重精神病人住院治疗费", "宋坪社区李家庄土地复垦", "人大委员联络经费", "巩固拓展脱贫攻坚成果及乡村振兴运行经费",
                "武装工作经费", "张庄社区公路养护路肩施工", "综合治理工作经费");
        facts.put(FactNames.MISSING_TIMELINESS_PROJECTS, projects);
        facts.put(FactNames.MISSING_TIMELINESS_COUNT, projects.size());
        facts.put(FactNames.VAGUE_TARGETS, List.of("“重点工作任务计划完成”", "“年度工作目标实现”"));
        facts.put(FactNames.VAGUE_TARGET_COUNT, 2);
        facts.put(FactNames.RESULT_APPLICATION_RATE, BigDecimal.ZERO);
        facts.put(FactNames.UNMET_TARGETS, List.of("效益指标“人居环境整治成效”计划明显改善，实际为整治成果后期维护效果不佳，未完成相应指标"));
        facts.put(FactNames.UNMET_TARGET_COUNT, 1);
        facts.put(FactNames.SELF_SCORE_OVERSTATEMENT, new BigDecimal("3.00"));
        facts.put(FactNames.INFLATED_NODES, List.of("投入管理（自评20.00分，复核17.00分）"));
        facts.put(FactNames.CARRY_OVER_RATE, new BigDecimal("8.00"));
        facts.put(FactNames.THREE_PUBLIC_CONTROL_RATE, new BigDecimal("112.00"));
        facts.put(FactNames.ASSET_INVENTORY_COUNT, 0);
        return facts;
    }

    /** A unit that meets every rule; 三公经费 0 of 0 counts as a 0% control rate, as seed 002 requires. */
    static Map<String, Object> cleanFacts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(FactNames.INITIAL_BUDGET, new BigDecimal("35423700.00"));
        facts.put(FactNames.ADJUSTED_BUDGET, new BigDecimal("35423700.00"));
        facts.put(FactNames.ADJUSTMENT_RATE, new BigDecimal("0.00"));
        facts.put(FactNames.EXECUTION_RATE, new BigDecimal("100.00"));
        facts.put(FactNames.ACTUAL_EXPENDITURE, new BigDecimal("35423700.00"));
        facts.put(FactNames.ALL_SOURCE_EXPENDITURE, new BigDecimal("35423700.00"));
        facts.put(FactNames.MISSING_TIMELINESS_PROJECTS, List.of());
        facts.put(FactNames.MISSING_TIMELINESS_COUNT, 0);
        facts.put(FactNames.VAGUE_TARGETS, List.of());
        facts.put(FactNames.VAGUE_TARGET_COUNT, 0);
        facts.put(FactNames.RESULT_APPLICATION_RATE, new BigDecimal("100.00"));
        facts.put(FactNames.UNMET_TARGETS, List.of());
        facts.put(FactNames.UNMET_TARGET_COUNT, 0);
        facts.put(FactNames.SELF_SCORE_OVERSTATEMENT, new BigDecimal("0.50"));
        facts.put(FactNames.INFLATED_NODES, List.of());
        facts.put(FactNames.CARRY_OVER_RATE, new BigDecimal("1.20"));
        facts.put(FactNames.THREE_PUBLIC_CONTROL_RATE, new BigDecimal("0.00"));
        facts.put(FactNames.ASSET_INVENTORY_COUNT, 1);
        return facts;
    }

    static List<String> ruleIds() {
        return BuiltInFindingsRules.all().stream().map(FindingsRule::id).toList();
    }

    private Set<String> firedIds(Map<String, Object> facts) {
        return engine.evaluate(BuiltInFindingsRules.all(), facts).stream().map(Finding::ruleId).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @MethodSource("ruleIds")
    void everyBuiltInRuleFiresOnTheTroubledFixtureAndNotOnTheCleanOne(String id) {
        Map<String, Object> troubled = seed001Facts();
        if (id.equals("low-execution")) {
            // Seed 001 overspent (120.90%); the opposite problem needs its own fixture.
            troubled.put(FactNames.EXECUTION_RATE, new BigDecimal("72.35"));
        }
        assertTrue(firedIds(troubled).contains(id), id + " should fire");
        assertFalse(firedIds(cleanFacts()).contains(id), id + " should stay silent");
    }

    @Test
    void seed001FiresEverythingButLowExecutionAndNothingFiresWhenClean() {
        Set<String> expected = new java.util.HashSet<>(ruleIds());
        expected.remove("low-execution");
        assertEquals(expected, firedIds(seed001Facts()));
        assertEquals(Set.of(), firedIds(cleanFacts()));
    }

    @Test
    void findingsQuoteTheSeedFiguresAndKeepTheTriggeringValues() {
        Map<String, Finding> byId = engine.evaluate(BuiltInFindingsRules.all(), seed001Facts()).stream()
                .collect(Collectors.toMap(Finding::ruleId, finding -> finding));

        Finding accounts = byId.get("final-accounts-incomplete");
        assertTrue(accounts.text().contains("部门全部支出为994.07万元，决算支出为667.92万元"), accounts.text());
        assertTrue(accounts.citation().contains("第七十五条"));
        assertEquals(Severity.HIGH, accounts.severity());
        assertEquals(List.of("allSourceExpenditure", "actualExpenditure"), List.copyOf(accounts.triggeringValues().keySet()));
        assertEquals(new BigDecimal("9940700.00"), accounts.triggeringValues().get("allSourceExpenditure"));

        Finding adjustment = byId.get("budget-adjustment");
        assertTrue(adjustment.text().contains("预算调整率20.90%"), adjustment.text());
        assertTrue(adjustment.text().contains("年初预算552.45万元"), adjustment.text());
        assertTrue(adjustment.recommendation().contains("降低预算调整率"));

        Finding timeliness = byId.get("missing-timeliness");
        assertTrue(timeliness.text().contains("纪检工作办案经费、秸秆禁烧经费"), timeliness.text());
        assertTrue(timeliness.text().contains("等10个项目均未设置“时效指标”"), timeliness.text());

        assertTrue(byId.get("result-application").text().contains("评价结果应用率为0.00%"));
        assertTrue(byId.get("self-score-inflated").text().contains("最大相差3.00分"));
    }

    @Test
    void missingFactsKeepARuleSilent() {
        assertEquals(List.of(), engine.evaluate(BuiltInFindingsRules.all(), Map.of()));
        assertEquals(List.of(), engine.evaluate(BuiltInFindingsRules.all(), null));
    }

    @Test
    void brokenRulesAreReportedWithTheirIdAndPosition() {
        FindingsRule broken = new FindingsRule("bad", "adjustmentRate >", Severity.LOW, "x", null, null);
        RuleSyntaxException error = assertThrows(RuleSyntaxException.class,
                () -> engine.evaluate(List.of(broken), Map.of()));
        assertTrue(error.getMessage().contains("'bad'"), error.getMessage());
        assertEquals(16, error.position());
        assertThrows(RuleSyntaxException.class, () -> FindingsEngine.validate(broken));

        FindingsRule badTemplate = new FindingsRule("tpl", "a > 1", Severity.LOW, "${a:exec}", null, null);
        assertThrows(RuleSyntaxException.class, () -> engine.evaluate(List.of(badTemplate), Map.of("a", 2)));
    }

    @Test
    void aRuleWithoutRecommendationYieldsNullRecommendation() {
        FindingsRule rule = new FindingsRule("r", "a > 1", Severity.LOW, "a is ${a}", null, null);
        Finding finding = engine.evaluate(List.of(rule), Map.of("a", 2)).get(0);
        assertEquals("a is 2", finding.text());
        assertNull(finding.recommendation());
        assertFalse(finding.isEntered());
    }
}
