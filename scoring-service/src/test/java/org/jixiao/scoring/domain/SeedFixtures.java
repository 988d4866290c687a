package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.jixiao.scoring.domain.ScoringMethod.BANDED;
import static org.jixiao.scoring.domain.ScoringMethod.BINARY;
import static org.jixiao.scoring.domain.ScoringMethod.EQUALS;
import static org.jixiao.scoring.domain.ScoringMethod.EXECUTION_RATE;
import static org.jixiao.scoring.domain.ScoringMethod.MANUAL;
import static org.jixiao.scoring.domain.ScoringMethod.RANK_WITHIN;
import static org.jixiao.scoring.domain.ScoringMethod.RATIO_AT_LEAST;
import static org.jixiao.scoring.domain.ScoringMethod.RATIO_AT_MOST;
import static org.jixiao.scoring.domain.ScoringMethod.SATISFACTION;
import static org.jixiao.scoring.domain.ScoringMethod.ZERO_TOLERANCE;

/**
 * The seeds' score tables, typed by hand from /work/shared/seeds. Each fixture is a framework (indicator tree) plus the
 * inputs of that evaluation; the leaf's printed 得分 travels as its self-reported score where the seed is a self
 * evaluation (seeds 002, 004), so the engine's recomputation is compared with the unit's figure at every leaf.
 */
final class SeedFixtures {

    private SeedFixtures() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** A framework plus one evaluation's inputs, built row by row as the seed prints them. */
    static final class Table {
        final Map<String, LeafInput> inputs = new LinkedHashMap<>();
        private List<IndicatorNode> current = new ArrayList<>();

        /** One printed row: the leaf, its input, and the printed 得分 as the unit's self score (null when blank). */
        Table row(String code, String weight, LeafRule rule, LeafInput input, String printedScore) {
            current.add(IndicatorNode.leaf(code, code, d(weight), rule));
            inputs.put(code, printedScore == null ? input : input.withSelfReportedScore(d(printedScore)));
            return this;
        }

        /** Closes the rows collected so far under a branch. */
        IndicatorNode group(String code, String weight) {
            IndicatorNode branch = IndicatorNode.branch(code, code, d(weight), current);
            current = new ArrayList<>();
            return branch;
        }
    }

    static LeafRule rule(ScoringMethod method, String target, String targetText, String unit) {
        return new LeafRule(method, target == null ? null : d(target), targetText, unit, null);
    }

    static LeafInput value(String actual) {
        return LeafInput.value(null, d(actual));
    }

    static LeafInput achieved(boolean achieved) {
        return LeafInput.achieved(null, achieved);
    }

    // ---------------------------------------------------------------------------------------------------- seed 004

    /** Seed 004 (武汉东湖 豹澥街道 2022 自评表): the framework and inputs of 附件 1. */
    static Seed seed004() {
        Table t = new Table();
        List<IndicatorNode> top = new ArrayList<>();

        // 预算执行情况 (20 分): 20 × 执行率; amounts in 万元 as printed (预算数 A, 执行数 B).
        top.add(IndicatorNode.leaf("预算执行", "预算执行", d("20"), rule(EXECUTION_RATE, "13581.29", null, "万元")));
        t.inputs.put("预算执行", value("13581.29").withSelfReportedScore(d("20.00")));

        // 年度目标 1 (11 分). The 一级/二级 levels (产出/效益, 数量/质量 …) carry no weights of their own in the seed,
        // so the leaves hang directly under the goal.
        t.row("拆迁房屋目标完成率", "1.00", rule(RATIO_AT_LEAST, "80", "≥80%", "%"), value("82"), "1.00")
                .row("推进重点项目拆迁点位", "1.00", rule(RATIO_AT_LEAST, "30", "30 个", "个"), value("56"), "1.00")
                .row("协调保障新开工项目个数", "1.00", rule(RATIO_AT_LEAST, "30", "30 个", "个"), value("56"), "1.00")
                .row("有效供净地目标完成率", "1.00", rule(RATIO_AT_LEAST, "80", "≥80%", "%"), value("88"), "1.00")
                .row("违法建设查处率", "1.00", rule(RATIO_AT_LEAST, "100", "100%", "%"), value("100"), "1.00")
                // 实际完成值 and 得分 are blank: "暂无法取得相关资料" (未完成的绩效目标 (1)). Blank 得分 read as 0.
                .row("拆迁工作整体完成情况全区排名", "1.00", rule(RANK_WITHIN, "3", "前三", null),
                        LeafInput.dataUnavailable(null, "本次绩效自评暂无法取得相关资料"), "0")
                .row("违法建设查处及时率", "1.00", rule(RATIO_AT_LEAST, "100", "100%", "%"), value("100"), "1.00")
                .row("拆迁工作上访人次", "1.00", rule(RATIO_AT_MOST, "10", "≤10 人次", "人次"), value("8"), "1.00")
                // 不断减少 / 比上年多: a direction, not a number, so BINARY (未完成的绩效目标 (2)).
                .row("违法建设案件", "1.00", rule(BINARY, null, "不断减少", null), achieved(false), "0")
                .row("拆迁、建设工作环保督查覆盖率", "1.00", rule(RATIO_AT_LEAST, "100", "100%", "%"), value("100"), "1.00")
                // 效果良好 / 较好 scored full: 较好 is no label of the 优良中低差 table, so it is read as BINARY achieved.
                .row("保障重点项目开工建设", "1.00", rule(BINARY, null, "效果良好", null), achieved(true), "1.00");
        top.add(t.group("年度目标1", "11"));

        // 年度目标 2 (20 分).
        t.row("市长专线、城市留言板等阳光信访受理率", "1.50", rule(RATIO_AT_LEAST, "100", "100%", "%"), value("100"), "1.50")
                .row("普法宣传培训", "1.00", rule(RATIO_AT_LEAST, "4", "4 次", "次"), value("7"), "1.00")
                .row("信访接待", "1.00", rule(BINARY, null, "每周一次", null), achieved(true), "1.00")
                .row("开展安全生产专项整治活动", "1.50", rule(RATIO_AT_LEAST, "4", "4 次", "次"), value("5"), "1.50")
                .row("各类安全隐患处置率", "1.50", rule(RATIO_AT_LEAST, "100", "100%", "%"), value("100"), "1.50")
                .row("社会综合治理考核结果", "1.50", rule(BINARY, null, "通过考核", null), achieved(true), "1.50")
                .row("信访案件办结率", "1.50", rule(RATIO_AT_LEAST, "80", "≥80%", "%"), value("100"), "1.50")
                // Printed as "90%" without a sign; a completion rate is read as ≥.
                .row("市长专线、城市留言板等阳光信访办结率", "1.00", rule(RATIO_AT_LEAST, "90", "90%", "%"), value("100"), "1.00")
                .row("影响恶劣的大规模群体性事件", "1.50", rule(ZERO_TOLERANCE, "0", "0起", "起"), value("0"), "1.50")
                .row("各类安全生产事故", "1.50", rule(ZERO_TOLERANCE, "0", "0起", "起"), value("0"), "1.50")
                .row("重大环境污染事故", "1.50", rule(ZERO_TOLERANCE, "0", "0起", "起"), value("0"), "1.50")
                .row("街道法治水平", "1.50", rule(BINARY, null, "不断提升", null), achieved(true), "1.50")
                .row("安全生产责任意识", "1.50", rule(BINARY, null, "深入人心", null), achieved(true), "1.50")
                .row("居民安全感", "1.50", rule(BINARY, null, "不断提升", null), achieved(true), "1.50")
                // 实际 "≥90%": only the lower bound is known; 90 is used, which already meets the ≥80% target.
                .row("居民对社会安全稳定满意度", "0.50", rule(SATISFACTION, "80", "≥80%", "%"), value("90"), "0.50");
        top.add(t.group("年度目标2", "20"));

        // 年度目标 3 (23 分). Quantities such as "64条" are read as ≥ targets (桥梁 6 → 7 scored full).
        t.row("道路清扫保洁", "1.50", rule(RATIO_AT_LEAST, "64", "64条", "条"), value("64"), "1.50")
                .row("新建公厕", "1.50", rule(EQUALS, "2", "2座", "座"), value("2"), "1.50")
                .row("公厕维护", "1.50", rule(RATIO_AT_LEAST, "5", "5座", "座"), value("5"), "1.50")
                .row("地埋站维护", "1.50", rule(RATIO_AT_LEAST, "7", "7座", "座"), value("7"), "1.50")
                .row("环境综合整治值守点值守率", "1.50", rule(RATIO_AT_LEAST, "100", "100%", "%"), value("100"), "1.50")
                .row("桥梁升级改造", "2.00", rule(RATIO_AT_LEAST, "6", "6座", "座"), value("7"), "2.00")
                .row("河湖保护", "2.00", rule(BINARY, null, "9条湖溪，水域总面积20平方公里，岸线总长135公里", null),
                        achieved(true), "2.00")
                // 全区前三 / 未达前三: the rank itself is not printed, only that it is outside the top three.
                .row("大城管考核排名", "2.00", new LeafRule(RANK_WITHIN, null, "全区前三", null,
                        MethodParameters.rankWithin(3)), LeafInput.achieved(null, false), "0")
                .row("各类投诉、上访处理及时率", "1.50", rule(RATIO_AT_LEAST, "100", "100%", "%"), value("100"), "1.50")
                // 实际完成值 blank; 未完成的绩效目标 (4): 11800 平方米 拆除, more than last year → not achieved.
                .row("违法乱建案件", "1.50", rule(BINARY, null, "逐年减少", null), achieved(false), "0")
                .row("垃圾分类知识", "1.00", rule(BINARY, null, "不断普及", null), achieved(true), "1.00")
                // 实际完成值 blank; 未完成的绩效目标 (5): 基本与上年持平 → not improved.
                .row("辖区水体质量", "1.00", rule(BINARY, null, "得到改善", null), achieved(false), "0")
                .row("卫生城市复审", "2.00", rule(BINARY, null, "通过考核", null), achieved(true), "2.00")
                .row("文明创建工作", "2.00", rule(BINARY, null, "通过考核", null), achieved(true), "2.00")
                .row("居民环境卫生满意度", "0.50", rule(SATISFACTION, "80", "≥80%", "%"), value("90"), "0.50");
        top.add(t.group("年度目标3", "23"));

        // 年度目标 4 (26 分).
        t.row("举办招聘会场次", "2.00", rule(RATIO_AT_LEAST, "2", "2 场次", "场次"), value("2"), "2.00")
                .row("新增就业岗位", "2.50", rule(RATIO_AT_LEAST, "800", "800 个", "个"), value("210"), "0.66")
                .row("“互联网+居家养老”服务网点建设", "2.50", rule(RATIO_AT_LEAST, "1", "1 处", "处"), value("1"), "2.50")
                .row("八叠山公墓维护", "2.00", rule(RATIO_AT_LEAST, "2", "2 次", "次"), value("10"), "2.00")
                .row("涉军群体慰问", "2.00", rule(RATIO_AT_LEAST, "2", "2 次", "次"), value("2"), "2.00")
                // The table prints 实际 "50 张" but the text (未完成的绩效目标 (7), 偏差原因 2) says 56 beds in all, 10 newly
                // added, target not met; the 1.00 of 2 is a judgment. Actual = the 10 new beds, so the formula gives 0.40.
                .row("新增养老床位", "2.00", rule(RATIO_AT_LEAST, "50", "50 张", "张"),
                        new LeafInput(null, InputState.MANUAL, d("10"), null, null, d("1.00"),
                                "实际共有 56 张床位、新增 10 张，总床数配比已超人数 50%，酌情给分", null, null), "1.00")
                .row("城市低保保障率", "2.00", rule(RATIO_AT_LEAST, "100", "100%", "%"), value("100"), "2.00")
                .row("五保户集中供养率", "2.50", rule(RATIO_AT_LEAST, "100", "100%", "%"), value("100"), "2.50")
                .row("各种抚恤补助资金发放及时率", "1.50", rule(RATIO_AT_LEAST, "100", "100%", "%"), value("100"), "1.50")
                .row("就业综合指数", "2.50", rule(RATIO_AT_LEAST, "85", "≥85分", "分"), value("85"), "2.50")
                .row("还建社区基础配套设施", "2.00", rule(BINARY, null, "不断完善", null), achieved(true), "2.00")
                .row("居民幸福感", "2.00", rule(BINARY, null, "不断提升", null), achieved(true), "2.00")
                .row("居民对民生工作的满意度", "0.50", rule(SATISFACTION, "80", "≥80%", "%"), value("90"), "0.50");
        top.add(t.group("年度目标4", "26"));
        return new Seed(top, t.inputs, ReportedScores.NONE);
    }

    /** Seed 004's summary table (一、自评结论): four rows, stated 合计 100.00 / 90.66 — 年度目标 4 is missing. */
    static List<ReportedRow> seed004SummaryRows() {
        return List.of(
                new ReportedRow("预算执行", d("20.00"), d("20.00")),
                new ReportedRow("年度目标 1", d("11.00"), d("9.00")),
                new ReportedRow("年度目标 2", d("20.00"), d("20.00")),
                new ReportedRow("年度目标 3", d("23.00"), d("18.50")));
    }

    // ------------------------------------------------------------------------------------------------ seeds 000, 001

    /**
     * A report that publishes only 一级指标 scores: each category is one MANUAL leaf carrying the published score.
     * Weights are typed in (seed 000 prints none; they are score ÷ scoreRate).
     */
    static Seed categoriesOnly(String reason, String... codeWeightScore) {
        List<IndicatorNode> top = new ArrayList<>();
        Map<String, LeafInput> inputs = new LinkedHashMap<>();
        for (int i = 0; i < codeWeightScore.length; i += 3) {
            String code = codeWeightScore[i];
            top.add(IndicatorNode.leaf(code, code, d(codeWeightScore[i + 1]), rule(MANUAL, null, null, null)));
            inputs.put(code, LeafInput.manual(code, d(codeWeightScore[i + 2]), reason));
        }
        return new Seed(top, inputs, ReportedScores.NONE);
    }

    /** Seed 000 (嘉峪关 钢城街道 2022, 财政评价): 绩效分析 table. */
    static Seed seed000() {
        return categoriesOnly("评价报告仅公布一级指标得分",
                "部门规划", "10", "8",
                "运行成本", "7", "6.6",
                "管理效率", "32", "28.7",
                "履职效能", "25", "25",
                "社会效应", "13", "11",
                "可持续性发展能力", "3", "3",
                "服务对象满意度", "10", "10");
    }

    /** Seed 001 (平顶山 高庄街道 2023): 部门整体绩效评价指标得分表. */
    static Seed seed001() {
        return categoriesOnly("评价报告仅公布一级指标得分",
                "管理效率", "30", "20.34",
                "履职效能", "40", "38",
                "运行成本", "5", "5",
                "社会效应", "15", "14.2",
                "可持续发展能力", "10", "8");
    }

    // ---------------------------------------------------------------------------------------------------- seed 002

    /** 预算调整率 = (调整预算 − 年初预算) ÷ 年初预算, in percent, as the budget service computes it. */
    static BigDecimal seed002AdjustmentRate() {
        BigDecimal initial = d("2181.72");
        BigDecimal adjusted = d("4259.4");
        return adjusted.subtract(initial).multiply(BigDecimal.valueOf(100)).divide(initial, 2, RoundingMode.HALF_UP);
    }

    /**
     * Seed 002 (郑州 杜岭街道 2021 自评): 预算执行 10/10, 投入管理 20/20, 产出 40/36, 效益 30/30, total 96.
     *
     * <p>The seed prints no weights below the four categories. Our choice for 投入管理's 18 leaves: 预算调整率 2 points,
     * every other leaf 1 (3 + 13 + 4 = 20). 产出 and 效益 are published as category scores only, so each is one MANUAL
     * leaf. Leaves without any figure in the report take the unit's self score as a reasoned manual score.
     *
     * @param adjustmentRule how 预算调整率 is scored (the seed's ≤5% ratio, or a provincial banded table)
     */
    static Seed seed002(LeafRule adjustmentRule) {
        Table t = new Table();
        List<IndicatorNode> top = new ArrayList<>();
        top.add(IndicatorNode.leaf("预算执行", "预算执行", d("10"), rule(EXECUTION_RATE, "4259.4", null, "万元")));
        t.inputs.put("预算执行", value("4259.4").withSelfReportedScore(d("10")));

        String noFigure = "报告未列出该指标的实际数据，采信单位自评";
        t.row("年度履职目标相关性", "1", rule(BINARY, null, "相关", null), achieved(true), "1")
                .row("工作任务科学性", "1", rule(BINARY, null, "科学", null), achieved(true), "1")
                .row("绩效指标合理性", "1", rule(BINARY, null, "合理", null), achieved(true), "1");
        IndicatorNode goals = t.group("工作目标管理", "3");
        t.row("预算编制完整性", "1", rule(BINARY, null, "完整", null), achieved(true), "1")
                .row("专项资金细化率", "1", rule(RATIO_AT_LEAST, "99", ">=99%", "%"), value("99"), "1")
                .row("预算执行率", "1", rule(RATIO_AT_LEAST, "90", ">=90%", "%"), value("100"), "1")
                .row("预算调整率", "2", adjustmentRule, value(seed002AdjustmentRate().toPlainString()), "2")
                .row("结转结余率", "1", rule(RATIO_AT_MOST, "5", "<=5%", "%"), value("0"), "1")
                // 三公经费 budget 0, actual 0: the control rate 0/0 is defined as no overspend, i.e. 0%.
                .row("“三公经费”控制率", "1", rule(RATIO_AT_MOST, "100", "<=100%", "%"), value("0"), "1")
                .row("政府采购执行率", "1", rule(RATIO_AT_LEAST, "90", ">=90%", "%"),
                        LeafInput.manual(null, d("1"), noFigure), "1")
                .row("决算真实性", "1", rule(BINARY, null, "真实", null), achieved(true), "1")
                .row("资金使用合规性", "1", rule(BINARY, null, "合规", null), achieved(true), "1")
                .row("管理制度健全性", "1", rule(BINARY, null, "健全", null), achieved(true), "1")
                .row("预决算信息公开性", "1", rule(BINARY, null, "及时完整", null), achieved(true), "1")
                .row("资产管理规范性", "1", rule(BINARY, null, "规范", null), achieved(true), "1");
        IndicatorNode budget = t.group("预算和财务管理", "13");
        t.row("绩效监控完成率", "1", rule(EQUALS, "100", "=100%", "%"), value("100"), "1")
                .row("绩效自评完成率", "1", rule(EQUALS, "100", "=100%", "%"), value("100"), "1")
                .row("部门绩效评价完成率", "1", rule(EQUALS, "100", "=100%", "%"), value("100"), "1")
                .row("评价结果应用率", "1", rule(RATIO_AT_LEAST, "80", ">=80%", "%"),
                        LeafInput.manual(null, d("1"), noFigure), "1");
        IndicatorNode performance = t.group("绩效管理", "4");
        top.add(IndicatorNode.branch("投入管理", "投入管理", d("20"), List.of(goals, budget, performance)));

        String categoryOnly = "报告仅公布该类指标得分";
        top.add(IndicatorNode.leaf("产出指标", "产出指标", d("40"), rule(MANUAL, null, null, null)));
        t.inputs.put("产出指标", LeafInput.manual("产出指标", d("36"), categoryOnly));
        top.add(IndicatorNode.leaf("效益指标", "效益指标", d("30"), rule(MANUAL, null, null, null)));
        t.inputs.put("效益指标", LeafInput.manual("效益指标", d("30"), categoryOnly));

        ReportedScores reported = new ReportedScores(Map.of(
                "预算执行", d("10"), "投入管理", d("20"), "产出指标", d("36"), "效益指标", d("30")), d("96"));
        return new Seed(top, t.inputs, reported);
    }

    /** The seed's own reading: 指标值 <=5%, scored 反向. */
    static LeafRule seed002AdjustmentAsRatio() {
        return rule(RATIO_AT_MOST, "5", "<=5%", "%");
    }

    /** SCORING.md's provincial table: 0 → 3; ≤10% → 2; ≤20% → 1; ≤30% → 0.5; >30% → 0, scaled to this 2-point leaf. */
    static LeafRule seed002AdjustmentAsBands() {
        return new LeafRule(BANDED, null, "<=5%", "%", MethodParameters.bands(List.of(
                new ValueBand(d("0"), d("2")),
                new ValueBand(d("10"), d("1.5")),
                new ValueBand(d("20"), d("1")),
                new ValueBand(d("30"), d("0.5"))), BigDecimal.ZERO));
    }

    record Seed(List<IndicatorNode> framework, Map<String, LeafInput> inputs, ReportedScores reported) {
    }
}
