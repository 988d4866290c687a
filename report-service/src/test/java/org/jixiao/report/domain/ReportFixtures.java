package org.jixiao.report.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.report.domain.findings.Finding;
import org.jixiao.report.domain.findings.Severity;
import org.jixiao.report.domain.model.BudgetSummary;
import org.jixiao.report.domain.model.EvaluationType;
import org.jixiao.report.domain.model.FrontMatter;
import org.jixiao.report.domain.model.GradeBand;
import org.jixiao.report.domain.model.SurveySample;
import org.jixiao.report.domain.model.Narrative;
import org.jixiao.report.domain.model.Phase;
import org.jixiao.report.domain.model.ReportKind;
import org.jixiao.report.domain.model.ReportModel;
import org.jixiao.report.domain.model.ScoreNode;

/** Report models shaped like the seeds, with the seeds' figures typed in here (never in main code). */
public final class ReportFixtures {
    public static final OffsetDateTime GENERATED = OffsetDateTime.of(2024, 5, 6, 10, 30, 0, 0, ZoneOffset.ofHours(8));

    private ReportFixtures() {
    }

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Seed 000: 钢城街道, 7 一级指标 with weights 10/7/32/25/13/3/10 and scores summing to 92.3, grade 优. */
    public static ReportModel seed000Finance() {
        String[][] categories = {
            {"部门规划", "10", "8"}, {"运行成本", "7", "6.6"}, {"管理效率", "32", "28.7"}, {"履职效能", "25", "25"},
            {"社会效应", "13", "11"}, {"可持续性发展能力", "3", "3"}, {"服务对象满意度", "10", "10"}};
        List<ScoreNode> roots = new ArrayList<>();
        for (int i = 0; i < categories.length; i++) {
            String[] category = categories[i];
            BigDecimal weight = d(category[1]);
            BigDecimal score = d(category[2]);
            BigDecimal half = weight.divide(d("2"));
            BigDecimal lost = weight.subtract(score);
            // Two leaves per category; the first carries any lost points so exactly the lossy categories are unmet.
            ScoreNode first = ScoreNode.leaf("L" + i + "a", category[0] + "指标甲", 3, half, half.subtract(lost),
                    "≥" + (90 + i) + "%", lost.signum() > 0 ? (80 + i) + "%" : "100%", "按完成比例赋分");
            ScoreNode second = ScoreNode.leaf("L" + i + "b", category[0] + "指标乙", 3, half, half, "100%", "100%",
                    "达到目标得满分");
            ScoreNode level2 = ScoreNode.branch("S" + i, category[0] + "情况", 2, weight, score, List.of(first, second));
            roots.add(ScoreNode.branch("C" + i, category[0], 1, weight, score, List.of(level2)));
        }
        return ReportModel.builder()
                .unit("620201001", "嘉峪关市钢城街道办事处", "620201")
                .fiscalYear(2022)
                .evaluationType(EvaluationType.FINANCE)
                .reportKind(ReportKind.FINANCE_EVALUATION)
                .frontMatter(new FrontMatter("嘉峪关财政局", "甘肃金益通绩效评价咨询服务有限公司",
                        "以预算资金为主线，统筹考核街道公共服务水平和管理效率。",
                        "2022年度嘉峪关市钢城街道办事处部门整体支出资金3542.37万元。",
                        List.of("《嘉峪关市预算绩效管理办法》", "街道2020—2022年度部门整体支出及项目支出绩效目标表"),
                        List.of("比较法", "因素分析法", "公众评判法"),
                        List.of(new Phase("前期准备", LocalDate.of(2023, 7, 5), LocalDate.of(2023, 7, 11)),
                                new Phase("评价实施", LocalDate.of(2023, 7, 12), LocalDate.of(2023, 7, 21))),
                        List.of(new GradeBand("优秀", new BigDecimal("90"), null),
                                new GradeBand("良好", new BigDecimal("80"), new BigDecimal("90")),
                                new GradeBand("基本合格", new BigDecimal("70"), new BigDecimal("80")),
                                new GradeBand("不合格", BigDecimal.ZERO, new BigDecimal("70"))),
                        List.of(new SurveySample("staff", 44, 44), new SurveySample("residents", 38, 38))))
                .narrative(new Narrative("钢城街道办事处是市政府的派出机构。",
                        List.of("加强基层党建，强化工作阵地建设和党员教育管理", "以精细化管理为抓手，提升辖区城市品质"),
                        "各项工作取得扎实成效。", null, "采用第三方机构“内审+终审”机制。"))
                .budget(BudgetSummary.of(d("35423700.00"), d("35423700.00"), d("35423700.00")))
                .scoreTree(roots)
                .grade("优")
                .addFinding(new Finding("budget-adjustment", Severity.MEDIUM, "财务管理精细化不足",
                        "加强财务人员培训，强化监督提醒机制。", "《嘉峪关市预算绩效管理办法》", java.util.Map.of()))
                .addFinding(Finding.entered(Severity.LOW, "指标设置科学性有待提高", "加强绩效目标管理，规范绩效指标设置。"))
                .generatedAt(GENERATED)
                .build();
    }

    /** Seed 004: 豹澥街道 self-evaluation summary, scored per 年度目标 (only a few leaves of each goal). */
    public static ReportModel seed004Summary() {
        ScoreNode execution = ScoreNode.leaf("B", "预算执行", 1, d("20"), d("20"), "100%", "100.00%",
                "20×执行率");
        ScoreNode goal1 = ScoreNode.branch("G1", "年度目标 1", 0, d("3"), d("1"), List.of(
                ScoreNode.branch("G1-O", "产出指标", 1, d("2"), d("1"), List.of(
                        ScoreNode.branch("G1-O-Q", "数量指标", 2, d("1"), d("1"), List.of(
                                ScoreNode.leaf("G1-1", "拆迁房屋目标完成率", 3, d("1"), d("1"), "≥80%", "82%", null))),
                        ScoreNode.branch("G1-O-Z", "质量指标", 2, d("1"), d("0"), List.of(
                                ScoreNode.leaf("G1-2", "拆迁工作整体完成情况全区排名", 3, d("1"), d("0"), "前三", null,
                                        "无法取得相关资料"))))),
                ScoreNode.branch("G1-E", "效益指标", 1, d("1"), d("0"), List.of(
                        ScoreNode.branch("G1-E-S", "社会效益指标", 2, d("1"), d("0"), List.of(
                                ScoreNode.leaf("G1-3", "违法建设案件", 3, d("1"), d("0"), "不断减少", "比上年多", null)))))));
        ScoreNode goal4 = ScoreNode.branch("G4", "年度目标 4", 0, d("8.5"), d("5.66"), List.of(
                ScoreNode.branch("G4-O", "产出指标", 1, d("6.5"), d("3.66"), List.of(
                        ScoreNode.branch("G4-O-Q", "数量指标", 2, d("6.5"), d("3.66"), List.of(
                                ScoreNode.leaf("G4-1", "新增就业岗位", 3, d("2.5"), d("0.66"), "800 个", "210 个",
                                        "2.5×210/800"),
                                ScoreNode.leaf("G4-2", "新增养老床位", 3, d("2"), d("1"), "50 张", "新增10张", "人工评分"),
                                ScoreNode.leaf("G4-3", "举办招聘会场次", 3, d("2"), d("2"), "2 场次", "2 场次", null))))),
                ScoreNode.branch("G4-E", "效益指标", 1, d("2"), d("2"), List.of(
                        ScoreNode.branch("G4-E-S", "可持续影响指标", 2, d("2"), d("2"), List.of(
                                ScoreNode.leaf("G4-4", "居民幸福感", 3, d("2"), d("2"), "不断提升", "不断提升", null)))))));
        return ReportModel.builder()
                .unit("420100001", "武汉东湖新技术开发区豹澥街道办事处", "420100")
                .fiscalYear(2022)
                .evaluationType(EvaluationType.SELF)
                .reportKind(ReportKind.SELF_SUMMARY)
                .budget(BudgetSummary.of(d("137860000.00"), d("135812900.00"), d("135812900.00")))
                .scoreTree(List.of(execution, goal1, goal4))
                .total(d("26.66"))
                .grade("良")
                .generatedAt(GENERATED)
                .build();
    }

    /** A model whose user text is hostile markup. */
    public static ReportModel hostile() {
        return ReportModel.builder()
                .unit("X", "<script>alert('x')</script>街道", "1")
                .fiscalYear(2023)
                .evaluationType(EvaluationType.DEPARTMENT)
                .reportKind(ReportKind.SELF_EVALUATION)
                .narrative(new Narrative("<img src=x onerror=alert(1)>", List.of("<b>目标</b>"), null, null, null))
                .budget(BudgetSummary.of(d("100.00"), d("100.00"), d("90.00")))
                .scoreTree(List.of(ScoreNode.branch("A", "<i>一级</i>", 1, d("100"), d("90"), List.of(
                        ScoreNode.leaf("A1", "指标\"&'<>", 3, d("100"), d("90"), "<script>", "1\u0000\u0007", null)))))
                .addFinding(Finding.entered(Severity.HIGH, "</li><script>steal()</script>", "<a href=javascript:x>建议</a>"))
                .generatedAt(GENERATED)
                .build();
    }
}
