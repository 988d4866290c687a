package org.jixiao.indicator.domain.framework;

import static org.jixiao.indicator.domain.framework.FrameworkValidator.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.jixiao.indicator.domain.target.Direction;
import org.junit.jupiter.api.Test;

class FrameworkValidatorTest {

    // ------------------------------------------------------------------ helpers

    private static IndicatorDefinition leaf(String code, String weight, String target, ScoringMethod method) {
        return IndicatorDefinition.builder(code, "指标" + code).level(2).weight(weight).target(target)
                .scoringMethod(method).build();
    }

    /** A sound two-level framework: one 一级 of 100 points with two leaves. */
    private static IndicatorDefinition top(IndicatorDefinition... leaves) {
        BigDecimal sum = Arrays.stream(leaves).map(IndicatorDefinition::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return IndicatorDefinition.builder("T", "产出指标").level(1).weight(sum).category(IndicatorCategory.OUTPUT)
                .children(List.of(leaves)).build();
    }

    private static List<IndicatorDefinition> sound() {
        return List.of(top(leaf("a", "60", "≥90%", ScoringMethod.RATIO_AT_LEAST),
                leaf("b", "40", "达标", ScoringMethod.BINARY)));
    }

    private static List<IndicatorDefinition> withLeaf(IndicatorDefinition extraLeaf, String otherWeight) {
        return List.of(top(leaf("a", otherWeight, "≥90%", ScoringMethod.RATIO_AT_LEAST), extraLeaf));
    }

    private static List<String> codes(List<ValidationIssue> issues) {
        return issues.stream().map(ValidationIssue::code).collect(Collectors.toList());
    }

    private static void assertOnly(List<ValidationIssue> issues, String code, String path) {
        assertEquals(List.of(code), codes(issues), issues.toString());
        assertEquals(path, issues.get(0).path());
        assertFalse(issues.get(0).message().isBlank());
    }

    private static IndicatorDefinition chain(int depth) {
        IndicatorDefinition node = IndicatorDefinition.builder("N" + depth, "第" + depth + "层").level(depth)
                .weight("100").target("达标").scoringMethod(ScoringMethod.BINARY).build();
        for (int d = depth - 1; d >= 1; d--) {
            node = IndicatorDefinition.builder("N" + d, "第" + d + "层").level(d).weight("100")
                    .children(List.of(node)).build();
        }
        return node;
    }

    static List<FlatIndicator> flatten(List<IndicatorDefinition> topLevel) {
        List<FlatIndicator> rows = new ArrayList<>();
        Deque<Object[]> stack = new ArrayDeque<>();
        for (int i = topLevel.size() - 1; i >= 0; i--) {
            stack.push(new Object[] {topLevel.get(i), null});
        }
        while (!stack.isEmpty()) {
            Object[] item = stack.pop();
            IndicatorDefinition node = (IndicatorDefinition) item[0];
            rows.add(new FlatIndicator((String) item[1], node.withChildren(List.of())));
            for (int i = node.children().size() - 1; i >= 0; i--) {
                stack.push(new Object[] {node.children().get(i), node.code()});
            }
        }
        return rows;
    }

    private static FlatIndicator row(String parent, String code, String target) {
        return row(parent, code, target, parent == null ? 1 : 2);
    }

    private static FlatIndicator row(String parent, String code, String target, int level) {
        IndicatorDefinition.Builder b = IndicatorDefinition.builder(code, "指标" + code).level(level).weight("100");
        if (target != null) {
            b.target(target).scoringMethod(ScoringMethod.BINARY);
        }
        return new FlatIndicator(parent, b.build());
    }

    // ------------------------------------------------------------------ sound frameworks pass

    @Test
    void acceptsTheScoredFrameworkOfSeed004() {
        List<IndicatorDefinition> seed = SeedDeclarations.seed004();
        assertEquals(List.of(), validate(seed));
        assertEquals(54 + 1, SeedDeclarations.leaves(seed).size(), "54 targets plus 预算执行");
        assertEquals(List.of("20", "11.00", "20.00", "23.00", "26.00"),
                seed.stream().map(n -> n.weight().toPlainString()).collect(Collectors.toList()));
    }

    @Test
    void acceptsTheActivityFrameworkOfSeed003() {
        List<IndicatorDefinition> seed = SeedDeclarations.seed003();
        assertEquals(List.of(), validate(seed));
        assertEquals(List.of("24", "24", "29", "23"),
                seed.stream().map(n -> n.weight().toPlainString()).collect(Collectors.toList()));
    }

    @Test
    void acceptsASmallSoundFramework() {
        assertEquals(List.of(), validate(sound()));
    }

    // ------------------------------------------------------------------ weights

    @Test
    void refusesTopLevelWeightsThatDoNotSumTo100() {
        List<IndicatorDefinition> seed = new ArrayList<>(SeedDeclarations.seed004());
        seed.set(0, seed.get(0).withWeight(new BigDecimal("19")));
        assertOnly(validate(seed), TOP_LEVEL_WEIGHT_NOT_100, "");
        assertEquals(List.of(), validate(List.of(sound().get(0).withWeight(new BigDecimal("100.00")))),
                "100.00 equals 100");
    }

    @Test
    void refusesChildrenWhoseWeightsDoNotSumToTheParent() {
        List<IndicatorDefinition> seed = new ArrayList<>(SeedDeclarations.seed004());
        seed.set(1, seed.get(1).withWeight(new BigDecimal("12")));
        seed.set(0, seed.get(0).withWeight(new BigDecimal("19")));
        assertOnly(validate(seed), WEIGHT_SUM_MISMATCH, "G1");
    }

    @Test
    void refusesMissingAndNegativeWeights() {
        IndicatorDefinition noWeight = IndicatorDefinition.builder("b", "b").level(2).target("达标")
                .scoringMethod(ScoringMethod.BINARY).build();
        List<ValidationIssue> missing = validate(List.of(IndicatorDefinition.builder("T", "T").level(1).weight("100")
                .children(List.of(leaf("a", "100", "达标", ScoringMethod.BINARY), noWeight)).build()));
        assertOnly(missing, WEIGHT_MISSING, "T/b");
        assertOnly(validate(withLeaf(leaf("b", "-10", "达标", ScoringMethod.BINARY), "110")), WEIGHT_NEGATIVE, "T/b");
    }

    @Test
    void weightSumsHoldForRandomTreesAndBreakWhenOneWeightMoves() {
        Random random = new Random(12345L);
        for (int round = 0; round < 300; round++) {
            List<IndicatorDefinition> tree = randomTree(random, new BigDecimal("100"), 1, "R" + round);
            assertEquals(List.of(), validate(tree), "round " + round);
            List<IndicatorDefinition> broken = new ArrayList<>(tree);
            int i = random.nextInt(broken.size());
            broken.set(i, broken.get(i).withWeight(broken.get(i).weight().add(new BigDecimal("0.01"))));
            List<String> found = codes(validate(broken));
            assertTrue(found.contains(TOP_LEVEL_WEIGHT_NOT_100), found.toString());
            assertEquals(broken.get(i).isLeaf() ? 1 : 2, found.size(), found.toString());
        }
    }

    /** Splits {@code weight} (2 decimals) among 1–4 children, three levels deep. */
    private static List<IndicatorDefinition> randomTree(Random random, BigDecimal weight, int level, String prefix) {
        int parts = 1 + random.nextInt(4);
        List<BigDecimal> shares = new ArrayList<>();
        long cents = weight.movePointRight(2).longValueExact();
        long remaining = cents;
        for (int p = 0; p < parts - 1; p++) {
            long share = remaining == 0 ? 0 : (long) (random.nextDouble() * remaining);
            shares.add(BigDecimal.valueOf(share, 2));
            remaining -= share;
        }
        shares.add(BigDecimal.valueOf(remaining, 2));
        List<IndicatorDefinition> nodes = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            String code = prefix + "." + p;
            if (level == 3 || random.nextInt(4) == 0) {
                nodes.add(IndicatorDefinition.builder(code, "指标" + code).level(level).weight(shares.get(p))
                        .target(random.nextBoolean() ? "≥" + random.nextInt(100) + "%" : "前三")
                        .scoringMethod(ScoringMethod.MANUAL).build());
            } else {
                nodes.add(IndicatorDefinition.builder(code, "分类" + code).level(level).weight(shares.get(p))
                        .children(randomTree(random, shares.get(p), level + 1, code)).build());
            }
        }
        return nodes;
    }

    // ------------------------------------------------------------------ names, codes, levels

    @Test
    void refusesEmptyAndOverlongNames() {
        IndicatorDefinition blank = IndicatorDefinition.builder("b", " ").level(2).weight("40").target("达标")
                .scoringMethod(ScoringMethod.BINARY).build();
        assertOnly(validate(withLeaf(blank, "60")), NAME_EMPTY, "T/b");
        IndicatorDefinition longName = IndicatorDefinition.builder("b", "名".repeat(201)).level(2).weight("40")
                .target("达标").scoringMethod(ScoringMethod.BINARY).build();
        assertOnly(validate(withLeaf(longName, "60")), NAME_TOO_LONG, "T/b");
        IndicatorDefinition longestAllowed = IndicatorDefinition.builder("b", "名".repeat(200)).level(2).weight("40")
                .target("达标").scoringMethod(ScoringMethod.BINARY).build();
        assertEquals(List.of(), validate(withLeaf(longestAllowed, "60")));
    }

    @Test
    void refusesDuplicateAndMissingCodes() {
        assertOnly(validate(withLeaf(leaf("a", "40", "达标", ScoringMethod.BINARY), "60")), DUPLICATE_CODE, "T/a");
        IndicatorDefinition noCode = IndicatorDefinition.builder(null, "无编码").level(2).weight("40").target("达标")
                .scoringMethod(ScoringMethod.BINARY).build();
        assertOnly(validate(withLeaf(noCode, "60")), CODE_EMPTY, "T/#1");
    }

    @Test
    void refusesAChildWhoseLevelIsNotItsParentsPlusOne() {
        IndicatorDefinition wrongLevel = IndicatorDefinition.builder("b", "b").level(3).weight("40").target("达标")
                .scoringMethod(ScoringMethod.BINARY).build();
        assertOnly(validate(withLeaf(wrongLevel, "60")), LEVEL_INCONSISTENT, "T/b");
    }

    @Test
    void refusesNullNodesAndEmptyFrameworks() {
        assertOnly(validate(List.of()), FRAMEWORK_EMPTY, "");
        assertOnly(validate(null), FRAMEWORK_EMPTY, "");
        List<IndicatorDefinition> withNull = new ArrayList<>(sound());
        withNull.add(null);
        assertEquals(List.of(NODE_MISSING), codes(validate(withNull)));
    }

    // ------------------------------------------------------------------ depth

    @Test
    void acceptsSixLevelsAndRefusesSeven() {
        assertEquals(List.of(), validate(List.of(chain(6))));
        assertOnly(validate(List.of(chain(7))), DEPTH_EXCEEDED, "N1/N2/N3/N4/N5/N6/N7");
    }

    @Test
    void refusesATenThousandDeepTreeWithoutOverflowingTheStack() {
        IndicatorDefinition deep = chain(10_000);
        List<ValidationIssue> issues = validate(List.of(deep));
        assertOnly(issues, DEPTH_EXCEEDED, "N1/N2/N3/N4/N5/N6/N7");
        assertTrue(deep.toString().contains("children=1"), "toString must not descend");
    }

    @Test
    void refusesMoreThanTheMaximumNumberOfNodes() {
        List<IndicatorDefinition> leaves = new ArrayList<>();
        for (int i = 0; i <= MAX_NODES; i++) {
            leaves.add(leaf("L" + i, "0", "达标", ScoringMethod.BINARY));
        }
        leaves.set(0, leaf("L0", "100", "达标", ScoringMethod.BINARY));
        List<String> found = codes(validate(List.of(top(leaves.toArray(IndicatorDefinition[]::new)))));
        assertEquals(List.of(FRAMEWORK_TOO_LARGE), found);
    }

    // ------------------------------------------------------------------ leaves and headings

    @Test
    void refusesCategoriesWithoutChildren() {
        IndicatorDefinition emptyHeading = IndicatorDefinition.builder("b", "质量指标").level(2).weight("40")
                .subCategory(IndicatorSubCategory.QUALITY).build();
        assertOnly(validate(withLeaf(emptyHeading, "60")), CATEGORY_WITHOUT_CHILDREN, "T/b");
        IndicatorDefinition emptyGoal = IndicatorDefinition.builder("G", "年度目标 1").level(1).weight("100")
                .category(IndicatorCategory.GOAL_GROUP).target("达标").scoringMethod(ScoringMethod.BINARY).build();
        assertOnly(validate(List.of(emptyGoal)), CATEGORY_WITHOUT_CHILDREN, "G");
    }

    @Test
    void refusesALeafWithoutMethod() {
        IndicatorDefinition noMethod = IndicatorDefinition.builder("b", "b").level(2).weight("40").target("达标").build();
        assertOnly(validate(withLeaf(noMethod, "60")), LEAF_WITHOUT_METHOD, "T/b");
    }

    @Test
    void refusesALeafWithoutTargetUnlessItsMethodNeedsNone() {
        assertOnly(validate(withLeaf(leaf("b", "40", " ", ScoringMethod.RATIO_AT_LEAST), "60")),
                LEAF_WITHOUT_TARGET, "T/b");
        IndicatorDefinition execution = IndicatorDefinition.builder("b", "预算执行率").level(2).weight("40")
                .scoringMethod(ScoringMethod.EXECUTION_RATE).dataBinding("budget:executionRate").build();
        assertEquals(List.of(), validate(withLeaf(execution, "60")));
    }

    @Test
    void refusesBandedAndDeductionLeavesWithoutTheirRule() {
        IndicatorDefinition banded = IndicatorDefinition.builder("b", "预算调整率").level(2).weight("40")
                .scoringMethod(ScoringMethod.BANDED).build();
        assertOnly(validate(withLeaf(banded, "60")), LEAF_WITHOUT_RULE, "T/b");
        IndicatorDefinition withRule = IndicatorDefinition.builder("b", "预算调整率").level(2).weight("40")
                .scoringMethod(ScoringMethod.BANDED).scoringRule("0 → 3; ≤10% → 2; ≤20% → 1; ≤30% → 0.5; >30% → 0")
                .build();
        assertEquals(List.of(), validate(withLeaf(withRule, "60")));
    }

    @Test
    void refusesAnUnreadableTargetAndNamesTheParserCode() {
        List<ValidationIssue> issues = validate(withLeaf(leaf("b", "40", "约80%", ScoringMethod.RATIO_AT_LEAST), "60"));
        assertOnly(issues, TARGET_INVALID, "T/b");
        assertTrue(issues.get(0).message().contains("APPROXIMATE_VALUE"), issues.get(0).message());
        IndicatorDefinition unitClash = IndicatorDefinition.builder("b", "b").level(2).weight("40").target("90%")
                .measureUnit("个").scoringMethod(ScoringMethod.RATIO_AT_LEAST).build();
        assertOnly(validate(withLeaf(unitClash, "60")), TARGET_INVALID, "T/b");
    }

    @Test
    void warnsWhenDeclaredDirectionContradictsTheTarget() {
        IndicatorDefinition contradicting = IndicatorDefinition.builder("b", "b").level(2).weight("40")
                .direction(Direction.AT_LEAST).target("≤5%").scoringMethod(ScoringMethod.RATIO_AT_MOST).build();
        List<ValidationIssue> issues = validate(withLeaf(contradicting, "60"));
        assertOnly(issues, DIRECTION_MISMATCH, "T/b");
        assertEquals(Severity.WARNING, issues.get(0).severity());
        IndicatorDefinition bareQuantity = IndicatorDefinition.builder("b", "b").level(2).weight("40")
                .direction(Direction.AT_MOST).target("1000").measureUnit("万元")
                .scoringMethod(ScoringMethod.RATIO_AT_MOST).build();
        assertEquals(List.of(), validate(withLeaf(bareQuantity, "60")), "seed 003 style: ≤ | 1000 | 万元");
    }

    @Test
    void warnsWhenTheMethodCannotUseTheTarget() {
        List<ValidationIssue> issues = validate(withLeaf(leaf("b", "40", "≥90%", ScoringMethod.RANK_WITHIN), "60"));
        assertOnly(issues, METHOD_TARGET_MISMATCH, "T/b");
        assertEquals(Severity.WARNING, issues.get(0).severity());
        assertOnly(validate(withLeaf(leaf("b", "40", "≤3起", ScoringMethod.ZERO_TOLERANCE), "60")),
                METHOD_TARGET_MISMATCH, "T/b");
        assertEquals(List.of(), validate(withLeaf(leaf("b", "40", "0起", ScoringMethod.ZERO_TOLERANCE), "60")));
    }

    // ------------------------------------------------------------------ flat lists

    @Test
    void assemblesSeed004FromFlatRowsIntoTheSameTree() {
        List<IndicatorDefinition> seed = SeedDeclarations.seed004();
        List<FlatIndicator> rows = flatten(seed);
        assertEquals(5 + (8 + 10 + 10 + 9) + 54, rows.size(), "top nodes + 一级/二级 headings + targets");
        FlatAssembly assembly = assemble(rows);
        assertEquals(List.of(), assembly.issues());
        assertFalse(assembly.hasErrors());
        assertEquals(seed, assembly.topLevel());
        assertEquals(List.of(), validateFlat(rows));
    }

    @Test
    void keepsSiblingOrderWhenRowsArriveChildrenFirst() {
        FlatAssembly assembly = assemble(List.of(row("T", "b", "达标"), row("T", "a", "达标"), new FlatIndicator(null,
                IndicatorDefinition.builder("T", "T").weight("200").build())));
        assertEquals(List.of("b", "a"), assembly.topLevel().get(0).children().stream()
                .map(IndicatorDefinition::code).collect(Collectors.toList()));
        assertEquals(List.of(TOP_LEVEL_WEIGHT_NOT_100), codes(assembly.issues()), "200 is not 100");
    }

    @Test
    void refusesAnUnknownParent() {
        assertOnly(validateFlat(List.of(row(null, "T", null), row("X", "a", "达标"))), PARENT_UNKNOWN, "a");
    }

    @Test
    void refusesParentCycles() {
        List<ValidationIssue> twoCycle = validateFlat(List.of(row("b", "a", null), row("a", "b", null),
                row("a", "c", "达标")));
        assertEquals(List.of(PARENT_CYCLE), codes(twoCycle));
        assertTrue(twoCycle.get(0).message().contains("a → b → a"), twoCycle.get(0).message());
        assertOnly(validateFlat(List.of(row("a", "a", null))), PARENT_CYCLE, "a");
        FlatAssembly assembly = assemble(List.of(row("b", "a", null), row("a", "b", null)));
        assertTrue(assembly.topLevel().isEmpty());
        assertTrue(assembly.hasErrors());
    }

    @Test
    void refusesALeafUnderALeaf() {
        assertOnly(validateFlat(List.of(row(null, "T", "达标"), row("T", "a", "达标"))), LEAF_UNDER_LEAF, "a");
    }

    @Test
    void refusesDuplicateCodesMissingCodesAndNestedRows() {
        assertOnly(validateFlat(List.of(row(null, "T", null), row(null, "T", null))), DUPLICATE_CODE, "T");
        assertOnly(validateFlat(List.of(row(null, " ", "达标"))), CODE_EMPTY, "#0");
        FlatIndicator nested = new FlatIndicator(null, sound().get(0));
        assertOnly(validateFlat(List.of(nested)), FLAT_ROW_HAS_CHILDREN, "T");
        assertOnly(validateFlat(List.of()), FRAMEWORK_EMPTY, "");
        assertEquals(List.of(NODE_MISSING), codes(validateFlat(Arrays.asList((FlatIndicator) null))));
    }

    @Test
    void refusesATenThousandLongParentChainWithoutRecursion() {
        List<FlatIndicator> rows = new ArrayList<>();
        for (int i = 10_000; i >= 1; i--) { // deepest row first, the worst order for a naive walk
            rows.add(row(i == 1 ? null : "N" + (i - 1), "N" + i, i == 10_000 ? "达标" : null, i));
        }
        List<ValidationIssue> issues = validateFlat(rows);
        assertOnly(issues, DEPTH_EXCEEDED, "N7");
        List<FlatIndicator> six = new ArrayList<>(rows.subList(10_000 - 6, 10_000));
        six.set(0, row("N5", "N6", "达标", 6));
        assertEquals(List.of(), validateFlat(six));
    }
}
