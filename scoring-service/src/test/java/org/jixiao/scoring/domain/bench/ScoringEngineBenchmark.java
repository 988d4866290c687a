package org.jixiao.scoring.domain.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jixiao.scoring.domain.GradeScheme;
import org.jixiao.scoring.domain.IndicatorNode;
import org.jixiao.scoring.domain.LeafInput;
import org.jixiao.scoring.domain.LeafRule;
import org.jixiao.scoring.domain.MethodParameters;
import org.jixiao.scoring.domain.ScoreResult;
import org.jixiao.scoring.domain.ScoringEngine;
import org.jixiao.scoring.domain.ScoringMethod;
import org.jixiao.scoring.domain.SurveyResult;
import org.jixiao.scoring.domain.ValueBand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Throughput of the pure engine on one thread: an evaluation of 60 leaves (5 categories × 12) that uses every scoring
 * method and input state, scored with explanations, flags and self-score comparison. One operation = one leaf, so
 * JMH's ops/s is leaves per second. Run it as docs/benchmarks.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx512m"})
@Threads(1)
public class ScoringEngineBenchmark {
    static final int CATEGORIES = 5;
    static final int LEAVES_PER_CATEGORY = 12;
    static final int LEAVES = CATEGORIES * LEAVES_PER_CATEGORY;

    private List<IndicatorNode> framework;
    private Map<String, LeafInput> inputs;

    @Setup
    public void setUp() {
        framework = sixtyLeafFramework();
        inputs = inputsFor(framework);
        ScoreResult check = ScoringEngine.score(framework, inputs, GradeScheme.NATIONAL);
        if (check.nodes().size() != CATEGORIES) {
            throw new IllegalStateException("benchmark framework is not what it should be");
        }
    }

    @Benchmark
    @OperationsPerInvocation(LEAVES)
    public ScoreResult scoreSixtyLeafEvaluation() {
        return ScoringEngine.score(framework, inputs, GradeScheme.NATIONAL);
    }

    /** 5 categories of 20 points, each 11 leaves of 1.5 and one of 3.5, cycling through every method. */
    public static List<IndicatorNode> sixtyLeafFramework() {
        List<IndicatorNode> top = new ArrayList<>();
        for (int c = 1; c <= CATEGORIES; c++) {
            List<IndicatorNode> leaves = new ArrayList<>();
            for (int l = 1; l <= LEAVES_PER_CATEGORY; l++) {
                String code = c + "." + l;
                BigDecimal weight = new BigDecimal(l == LEAVES_PER_CATEGORY ? "3.5" : "1.5");
                leaves.add(IndicatorNode.leaf(code, "指标" + code, weight, rule((c * LEAVES_PER_CATEGORY + l) % 12)));
            }
            top.add(IndicatorNode.branch(String.valueOf(c), "一级指标" + c, BigDecimal.valueOf(20), leaves));
        }
        return top;
    }

    private static LeafRule rule(int kind) {
        return switch (kind) {
            case 0 -> new LeafRule(ScoringMethod.RATIO_AT_LEAST, new BigDecimal("800"), "≥800个", "个", null);
            case 1 -> new LeafRule(ScoringMethod.RATIO_AT_MOST, new BigDecimal("10"), "≤10人次", "人次", null);
            case 2 -> new LeafRule(ScoringMethod.EQUALS, new BigDecimal("2"), "=2个", "个", null);
            case 3 -> new LeafRule(ScoringMethod.ZERO_TOLERANCE, BigDecimal.ZERO, "0起", "起", null);
            case 4 -> new LeafRule(ScoringMethod.RANK_WITHIN, new BigDecimal("3"), "前三", "名",
                    MethodParameters.rankWithin(3));
            case 5 -> new LeafRule(ScoringMethod.BINARY, null, "达标", null, null);
            case 6 -> new LeafRule(ScoringMethod.GRADE, null, "优良中低差", null, null);
            case 7 -> new LeafRule(ScoringMethod.EXECUTION_RATE, null, "100%", "%", null);
            case 8 -> new LeafRule(ScoringMethod.BANDED, null, "预算调整率", "%", MethodParameters.bands(List.of(
                    new ValueBand(BigDecimal.ZERO, new BigDecimal("1.5")), new ValueBand(BigDecimal.TEN, BigDecimal.ONE),
                    new ValueBand(new BigDecimal("20"), new BigDecimal("0.5"))), BigDecimal.ZERO));
            case 9 -> new LeafRule(ScoringMethod.DEDUCTION, null, "每次违规扣 0.5 分", "次",
                    MethodParameters.deduction(new BigDecimal("0.5")));
            case 10 -> new LeafRule(ScoringMethod.SATISFACTION, new BigDecimal("80"), "≥80%", "%", null);
            default -> new LeafRule(ScoringMethod.RATIO_AT_LEAST, new BigDecimal("50"), "≥50张", "张", null);
        };
    }

    /** Inputs that exercise partial ratios, manual overrides, 无法取得资料 and self scores. */
    public static Map<String, LeafInput> inputsFor(List<IndicatorNode> framework) {
        Map<String, LeafInput> inputs = new LinkedHashMap<>();
        int i = 0;
        for (IndicatorNode category : framework) {
            for (IndicatorNode leaf : category.children()) {
                LeafInput in = switch (leaf.rule().method()) {
                    case RATIO_AT_LEAST -> LeafInput.value(leaf.code(), new BigDecimal(i % 2 == 0 ? "210" : "10"));
                    case RATIO_AT_MOST -> LeafInput.value(leaf.code(), new BigDecimal("12"));
                    case EQUALS -> LeafInput.value(leaf.code(), new BigDecimal("3"));
                    case ZERO_TOLERANCE -> LeafInput.value(leaf.code(), BigDecimal.ZERO);
                    case RANK_WITHIN -> LeafInput.value(leaf.code(), new BigDecimal("5"));
                    case BINARY -> LeafInput.achieved(leaf.code(), i % 3 != 0);
                    case GRADE -> LeafInput.grade(leaf.code(), "良");
                    case EXECUTION_RATE -> LeafInput.value(leaf.code(), new BigDecimal("96.37"));
                    case BANDED -> LeafInput.value(leaf.code(), new BigDecimal("20.90"));
                    case DEDUCTION -> LeafInput.value(leaf.code(), BigDecimal.ONE);
                    case SATISFACTION -> LeafInput.survey(leaf.code(), new SurveyResult("residents", 40, 38, 30));
                    case MANUAL -> LeafInput.manual(leaf.code(), BigDecimal.ONE, "按评价组判断");
                };
                if (i % 11 == 5) {
                    in = LeafInput.manual(leaf.code(), new BigDecimal("1.00"), "新增床位10张，已建成待验收")
                            .withActual(new BigDecimal("10"));
                } else if (i % 17 == 3) {
                    in = LeafInput.dataUnavailable(leaf.code(), "无法取得相关资料");
                }
                inputs.put(leaf.code(), i % 4 == 0 ? in.withSelfReportedScore(leaf.weight()) : in);
                i++;
            }
        }
        return inputs;
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(ScoringEngineBenchmark.class.getName())
                .build();
        new Runner(options).run();
    }
}
