package org.jixiao.indicator.domain.quality;

import static org.jixiao.indicator.domain.quality.DeclarationQualityChecks.DUPLICATE_NAME;
import static org.jixiao.indicator.domain.quality.DeclarationQualityChecks.MISSING_TIMELINESS;
import static org.jixiao.indicator.domain.quality.DeclarationQualityChecks.QUALITATIVE_SHARE_HIGH;
import static org.jixiao.indicator.domain.quality.DeclarationQualityChecks.VAGUE_TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.indicator.domain.framework.IndicatorCategory;
import org.jixiao.indicator.domain.framework.IndicatorDefinition;
import org.jixiao.indicator.domain.framework.IndicatorSubCategory;
import org.jixiao.indicator.domain.framework.SeedDeclarations;
import org.jixiao.indicator.domain.framework.Severity;
import org.jixiao.indicator.domain.framework.ValidationIssue;
import org.jixiao.indicator.domain.target.Direction;
import org.junit.jupiter.api.Test;

class DeclarationQualityChecksTest {

    private static List<ValidationIssue> only(List<ValidationIssue> issues, String code) {
        return issues.stream().filter(i -> i.code().equals(code)).collect(Collectors.toList());
    }

    private static List<String> paths(List<ValidationIssue> issues) {
        return issues.stream().map(ValidationIssue::path).collect(Collectors.toList());
    }

    private static IndicatorDefinition target(String code, String name, String target) {
        return IndicatorDefinition.builder(code, name).level(3).target(target).build();
    }

    private static IndicatorDefinition node(String code, String name, IndicatorCategory category,
            IndicatorSubCategory subCategory, IndicatorDefinition... children) {
        return IndicatorDefinition.builder(code, name).category(category).subCategory(subCategory)
                .children(List.of(children)).build();
    }

    /** A project of seed 001's kind: output indicators, optionally a 时效 one. */
    private static IndicatorDefinition project(String code, String name, boolean withTimeliness) {
        List<IndicatorDefinition> outputs = new ArrayList<>();
        outputs.add(node(code + ".N", "数量指标", null, IndicatorSubCategory.QUANTITY,
                target(code + ".1", "巡查次数", "≥12次")));
        if (withTimeliness) {
            outputs.add(node(code + ".T", "时效指标", null, IndicatorSubCategory.TIMELINESS,
                    target(code + ".2", "资金支付及时率", "100%")));
        }
        return node(code, name, IndicatorCategory.PROJECT, null,
                node(code + ".O", "产出指标", IndicatorCategory.OUTPUT, null,
                        outputs.toArray(IndicatorDefinition[]::new)));
    }

    // ------------------------------------------------------------------ the seeds

    @Test
    void findsWhatSeed002WasCriticisedFor() {
        List<ValidationIssue> issues = DeclarationQualityChecks.check(SeedDeclarations.seed002());
        assertTrue(issues.stream().allMatch(i -> i.severity() == Severity.WARNING));
        assertEquals(List.of(""), paths(only(issues, MISSING_TIMELINESS)));
        assertEquals(List.of("O/O.2/O.2.3", "O/O.2/O.2.4", "E/E.1/E.1.1", "E/E.1/E.1.2"),
                paths(only(issues, VAGUE_TARGET)));
        List<ValidationIssue> share = only(issues, QUALITATIVE_SHARE_HIGH);
        assertEquals(1, share.size());
        assertTrue(share.get(0).message().contains("定性指标 18 个，占末级指标 31 个的 58.06%"), share.get(0).message());
        assertEquals(List.of(), only(issues, DUPLICATE_NAME));
        assertEquals(6, issues.size(), issues.toString());
    }

    @Test
    void findsNothingToCriticiseInSeed003() {
        assertEquals(List.of(), DeclarationQualityChecks.check(SeedDeclarations.seed003()),
                "辖区居民满意度 in three activities is not a duplicate; 7 of 26 qualitative is below 30%");
    }

    @Test
    void seed004HasTimelinessEverywhereButEightVagueTargets() {
        List<ValidationIssue> issues = DeclarationQualityChecks.check(SeedDeclarations.seed004());
        assertEquals(List.of(), only(issues, MISSING_TIMELINESS));
        assertEquals(List.of("G1/G1.E/G1.E.S/G1.9", "G2/G2.E/G2.E.U/G2.12", "G2/G2.E/G2.E.U/G2.14",
                "G3/G3.E/G3.E.S/G3.10", "G3/G3.E/G3.E.S/G3.11", "G3/G3.E/G3.E.E/G3.12", "G4/G4.E/G4.E.S/G4.11",
                "G4/G4.E/G4.E.U/G4.12"), paths(only(issues, VAGUE_TARGET)));
        assertEquals(8, issues.size(), "14 of 54 qualitative (25.93%) stays under 30%: " + issues);
        List<ValidationIssue> strict = only(DeclarationQualityChecks.check(SeedDeclarations.seed004(),
                new QualityThresholds(new BigDecimal("0.25"))), QUALITATIVE_SHARE_HIGH);
        assertEquals(1, strict.size());
        assertTrue(strict.get(0).message().contains("定性指标 14 个，占末级指标 54 个的 25.93%"),
                strict.get(0).message());
    }

    // ------------------------------------------------------------------ MISSING_TIMELINESS

    @Test
    void flagsEachProjectWithoutATimelinessIndicatorAsSeed001Did() {
        List<ValidationIssue> issues = DeclarationQualityChecks.check(List.of(
                project("P1", "秸秆禁烧经费", false),
                project("P2", "综合治理工作经费", true),
                project("P3", "武装工作经费", false)));
        assertEquals(List.of("P1", "P3"), paths(only(issues, MISSING_TIMELINESS)));
        assertTrue(issues.get(0).message().contains("秸秆禁烧经费"));
    }

    @Test
    void acceptsTimelinessNamedButNotCategorised() {
        IndicatorDefinition byName = node("P", "项目", IndicatorCategory.PROJECT, null,
                node("P.O", "产出指标", IndicatorCategory.OUTPUT, null,
                        node("P.T", "时效指标", null, null, target("P.1", "完成时间", "≤1年"))));
        assertEquals(List.of(), only(DeclarationQualityChecks.check(List.of(byName)), MISSING_TIMELINESS));
    }

    @Test
    void doesNotAskForTimelinessWhereThereIsNoOutput() {
        IndicatorDefinition management = node("M", "管理效率", IndicatorCategory.MANAGEMENT_EFFICIENCY, null,
                target("M.1", "预算执行率", "≥90%"));
        assertEquals(List.of(), DeclarationQualityChecks.check(List.of(management)));
    }

    // ------------------------------------------------------------------ VAGUE_TARGET

    @Test
    void flagsTrendWordsWithoutNumbersOnly() {
        IndicatorDefinition outcome = node("E", "效益指标", IndicatorCategory.OUTCOME, null,
                target("E.1", "居民安全感", "进一步加强"),
                target("E.2", "居民幸福感", "不断完善"),
                target("E.3", "就业率", "较上年提高5%"),
                target("E.4", "满意度", "≥90%"),
                target("E.5", "达标情况", "达标"));
        List<ValidationIssue> vague = only(DeclarationQualityChecks.check(List.of(outcome)), VAGUE_TARGET);
        assertEquals(List.of("E/E.1", "E/E.2"), paths(vague));
    }

    // ------------------------------------------------------------------ QUALITATIVE_SHARE_HIGH

    private static List<IndicatorDefinition> withQualitativeShare(int qualitative, int total) {
        List<IndicatorDefinition> leaves = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            leaves.add(target("L" + i, "指标" + i, i < qualitative ? "达标" : "≥" + (80 + i) + "%"));
        }
        return List.of(node("E", "效益指标", IndicatorCategory.OUTCOME, null, leaves.toArray(IndicatorDefinition[]::new)));
    }

    @Test
    void flagsAQualitativeShareAboveTheThresholdOnly() {
        assertEquals(List.of(), only(DeclarationQualityChecks.check(withQualitativeShare(3, 10)),
                QUALITATIVE_SHARE_HIGH), "exactly 30% is allowed");
        List<ValidationIssue> high = only(DeclarationQualityChecks.check(withQualitativeShare(4, 10)),
                QUALITATIVE_SHARE_HIGH);
        assertEquals(List.of(""), paths(high));
        assertTrue(high.get(0).message().contains("40.00%"), high.get(0).message());
        assertEquals(List.of(), only(DeclarationQualityChecks.check(withQualitativeShare(4, 10),
                new QualityThresholds(new BigDecimal("0.40"))), QUALITATIVE_SHARE_HIGH));
    }

    @Test
    void countsRanksAndFrequenciesAsQuantifiedAndUsesTheDeclaredDirectionWhenTheTargetIsUnreadable() {
        IndicatorDefinition declaredOnly = IndicatorDefinition.builder("D", "处理突发事件效率")
                .direction(Direction.QUALITATIVE).build();
        List<IndicatorDefinition> tree = List.of(node("E", "效益指标", IndicatorCategory.OUTCOME, null,
                target("E.1", "考核排名", "全区前三"), target("E.2", "信访接待", "每周一次"), declaredOnly));
        List<ValidationIssue> share = only(DeclarationQualityChecks.check(tree), QUALITATIVE_SHARE_HIGH);
        assertEquals(1, share.size());
        assertTrue(share.get(0).message().contains("定性指标 1 个，占末级指标 3 个的 33.33%"), share.get(0).message());
    }

    @Test
    void refusesAThresholdOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new QualityThresholds(new BigDecimal("1.5")));
        assertThrows(IllegalArgumentException.class, () -> new QualityThresholds(new BigDecimal("-0.1")));
    }

    // ------------------------------------------------------------------ DUPLICATE_NAME

    @Test
    void flagsTheSameNameTwiceInOneGroupButNotAcrossGroups() {
        IndicatorDefinition group = node("G", "年度目标 1", IndicatorCategory.GOAL_GROUP, null,
                node("G.O", "产出指标", IndicatorCategory.OUTPUT, null,
                        node("G.T", "时效指标", null, IndicatorSubCategory.TIMELINESS,
                                target("G.1", "信访办结率", "≥80%"),
                                target("G.2", "信访办结率 ", "≥90%"),
                                target("G.3", "信访接待", "每周一次"))));
        List<ValidationIssue> duplicates = only(DeclarationQualityChecks.check(List.of(group)), DUPLICATE_NAME);
        assertEquals(List.of("G/G.O/G.T/G.2"), paths(duplicates));
        assertTrue(duplicates.get(0).message().contains("G/G.O/G.T/G.1"));
    }

    // ------------------------------------------------------------------ robustness

    @Test
    void handlesEmptyAndTenThousandDeepDeclarations() {
        assertEquals(List.of(), DeclarationQualityChecks.check(List.of()));
        assertEquals(List.of(), DeclarationQualityChecks.check(null));
        IndicatorDefinition deep = target("N10000", "最深", "提高");
        for (int d = 9_999; d >= 1; d--) {
            deep = node("N" + d, "第" + d + "层", d == 1 ? IndicatorCategory.OUTPUT : null, null, deep);
        }
        List<ValidationIssue> issues = DeclarationQualityChecks.check(List.of(deep));
        assertEquals(List.of(), only(issues, VAGUE_TARGET), "leaves below the depth limit are not inspected");
    }
}
