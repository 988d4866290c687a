package org.jixiao.report.domain.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jixiao.report.domain.findings.Finding;
import org.jixiao.report.domain.model.BudgetSummary;
import org.jixiao.report.domain.model.Figures;
import org.jixiao.report.domain.model.FrontMatter;
import org.jixiao.report.domain.model.GradeBand;
import org.jixiao.report.domain.model.SurveySample;
import org.jixiao.report.domain.model.Narrative;
import org.jixiao.report.domain.model.Phase;
import org.jixiao.report.domain.model.ReportModel;
import org.jixiao.report.domain.model.ScoreNode;
import org.jixiao.report.domain.model.UnmetTarget;
import org.jixiao.report.domain.render.Block.Chart;
import org.jixiao.report.domain.render.Block.ChartBar;
import org.jixiao.report.domain.render.Block.Column;
import org.jixiao.report.domain.render.Block.Heading;
import org.jixiao.report.domain.render.Block.ItemList;
import org.jixiao.report.domain.render.Block.Paragraph;
import org.jixiao.report.domain.render.Block.Role;
import org.jixiao.report.domain.render.Block.Row;
import org.jixiao.report.domain.render.Block.RowKind;
import org.jixiao.report.domain.render.Block.Table;
import org.jixiao.report.domain.render.Block.Title;

/** What each report kind says, section by section (REPORTS.md §1–3), as format-neutral blocks. */
public final class ReportOutline {
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
        "十一", "十二", "十三", "十四", "十五"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ReportModel model;
    private final List<Block> blocks = new ArrayList<>();
    private int sectionCount;
    private int subsectionCount;

    private ReportOutline(ReportModel model) {
        this.model = model;
    }

    public static List<Block> of(ReportModel model) {
        ReportOutline outline = new ReportOutline(model);
        switch (model.reportKind()) {
            case FINANCE_EVALUATION -> outline.financeEvaluation();
            case SELF_EVALUATION -> outline.selfEvaluation();
            case SELF_SUMMARY -> outline.selfSummary();
        }
        return List.copyOf(outline.blocks);
    }

    // ------------------------------------------------------------------ report kinds

    private void financeEvaluation() {
        title();
        section("基本情况");
        blocks.add(evaluationCard());
        Narrative narrative = model.narrative();
        if (present(narrative.unitProfile())) {
            subsection("部门概况");
            paragraphs(narrative.unitProfile());
        }
        if (model.budget() != null) {
            subsection("资金情况");
            budgetParagraph();
            blocks.add(budgetTable());
        }
        if (!narrative.annualGoals().isEmpty()) {
            section("绩效目标");
            blocks.add(goalList(narrative.annualGoals()));
        }
        section("评价基本情况");
        evaluationMethod();
        section("评价结论");
        conclusion();
        section("绩效分析");
        attainment();
        if (present(narrative.achievements())) {
            section("主要成效");
            paragraphs(narrative.achievements());
        }
        section("存在问题");
        findingsList();
        section("有关建议");
        recommendationsList();
        if (present(narrative.otherMatters())) {
            section("其他需要说明的事项");
            paragraphs(narrative.otherMatters());
        }
        appendix("附件：部门整体支出绩效评价指标得分表");
    }

    /** 年度绩效目标 in the seeds' form: "目标 1：加强基层党建……" (seed 000). */
    private static ItemList goalList(List<String> goals) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            items.add("目标 " + (i + 1) + "：" + goals.get(i));
        }
        return new ItemList(items, false);
    }

    private void selfEvaluation() {
        title();
        Narrative narrative = model.narrative();
        section("基本情况");
        if (present(narrative.unitProfile())) {
            subsection("部门概况");
            paragraphs(narrative.unitProfile());
        }
        if (!narrative.annualGoals().isEmpty()) {
            subsection("履职目标和主要任务");
            blocks.add(goalList(narrative.annualGoals()));
        }
        if (model.budget() != null) {
            subsection("预算情况");
            budgetParagraph();
            blocks.add(budgetTable());
        }
        section("绩效目标申报表");
        blocks.add(appendixTable("部门整体绩效目标及自评表"));
        section("自评工作开展情况");
        evaluationMethod();
        section("综合评价结论");
        conclusion();
        section("绩效目标实现情况分析");
        if (model.budget() != null) {
            subsection("资金情况");
            executionParagraph();
        }
        subsection("指标完成情况");
        attainment();
        section("存在问题及改进措施");
        subsection("存在问题");
        findingsList();
        subsection("改进措施");
        recommendationsList();
        if (present(narrative.resultApplication())) {
            section("结果应用和公开");
            paragraphs(narrative.resultApplication());
        }
        if (present(narrative.otherMatters())) {
            section("其他需要说明的问题");
            paragraphs(narrative.otherMatters());
        }
    }

    private void selfSummary() {
        title();
        section("自评结论");
        subsection("部门整体绩效自评得分");
        if (present(model.narrative().unitProfile())) {
            paragraphs(model.narrative().unitProfile());
        }
        blocks.add(new Paragraph("经过自评，" + model.fiscalYear() + "年度部门整体绩效自评得分为"
                + Figures.score(model.total()) + "分" + gradeClause() + "，得分情况如下表："));
        blocks.add(categoryTable());
        blocks.add(chart());
        subsection("部门整体绩效目标完成情况");
        blocks.add(new Paragraph("1. 执行率情况"));
        if (model.budget() != null) {
            executionParagraph();
        }
        blocks.add(new Paragraph("2. 完成的绩效目标"));
        long groups = model.scoreTree().stream().filter(ScoreNode::isGoalGroup).count();
        var attainment = model.targetAttainment();
        blocks.add(new Paragraph(model.unitName() + model.fiscalYear() + "年度"
                + (groups > 0 ? groups + "个年度目标" : "") + "共" + attainment.targetCount() + "项绩效目标，经过自评完成了其中的"
                + attainment.completedCount() + "项绩效目标（详见附件1）。"));
        blocks.add(new Paragraph("3. 未完成的绩效目标"));
        unmetList();
        subsection("存在的问题和原因");
        findingsList();
        subsection("下一步拟改进措施");
        recommendationsList();
        appendix("附件1：" + model.fiscalYear() + "年度" + model.unitName() + "部门整体绩效自评表");
    }

    // ------------------------------------------------------------------ sections

    private void title() {
        String subtitle = model.evaluationType().label()
                + (present(model.frontMatter().evaluatorOrg()) ? " · " + model.frontMatter().evaluatorOrg() : "");
        blocks.add(new Title(model.title(), subtitle));
    }

    private Table evaluationCard() {
        FrontMatter front = model.frontMatter();
        List<Column> columns = List.of(new Column("", 2, false), new Column("", 3, false),
                new Column("", 2, false), new Column("", 3, false));
        List<Row> rows = List.of(
                body("评价名称", model.fiscalYear() + "年度" + model.unitName() + "部门整体支出", "评价年度",
                        model.fiscalYear() + "年度"),
                body("评价类型", model.evaluationType().label(), "委托评价单位", orDash(front.commissionedBy())),
                body("评价机构名称", orDash(front.evaluatorOrg()), "评价对象名称", model.unitName()));
        return new Table("评价基本信息", columns, rows, Role.CARD);
    }

    private void budgetParagraph() {
        BudgetSummary budget = model.budget();
        StringBuilder text = new StringBuilder();
        text.append(model.fiscalYear()).append("年度").append(model.unitName()).append("年初预算数")
                .append(Figures.wanYuan(budget.initialBudget())).append("万元，调整预算数")
                .append(Figures.wanYuan(budget.adjustedBudget())).append("万元，实际支出")
                .append(Figures.wanYuan(budget.actualExpenditure())).append("万元，预算执行率")
                .append(Figures.percent(budget.executionRate()));
        if (budget.basicExpenditure() != null && budget.projectExpenditure() != null) {
            text.append("。其中基本支出").append(Figures.wanYuan(budget.basicExpenditure())).append("万元，项目支出")
                    .append(Figures.wanYuan(budget.projectExpenditure())).append("万元");
        }
        blocks.add(new Paragraph(text.append("。").toString()));
    }

    private Table budgetTable() {
        BudgetSummary budget = model.budget();
        List<Column> columns = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        addFigure(columns, cells, "年初预算数", budget.initialBudget());
        addFigure(columns, cells, "调整预算数", budget.adjustedBudget());
        addFigure(columns, cells, "实际到位资金", budget.fundsReceived());
        addFigure(columns, cells, "实际支出", budget.actualExpenditure());
        addFigure(columns, cells, "结转结余", budget.carryOver());
        columns.add(new Column("预算执行率", 2, true));
        cells.add(Figures.percent(budget.executionRate()));
        return new Table("资金情况（万元）", columns, List.of(new Row(cells, RowKind.BODY)), Role.BUDGET);
    }

    private static void addFigure(List<Column> columns, List<String> cells, String header, BigDecimal yuan) {
        if (yuan != null) {
            columns.add(new Column(header, 2, true));
            cells.add(Figures.wanYuan(yuan));
        }
    }

    private void executionParagraph() {
        BudgetSummary budget = model.budget();
        blocks.add(new Paragraph(model.unitName() + model.fiscalYear() + "年度预算批复部门整体支出"
                + Figures.wanYuan(budget.initialBudget()) + "万元，调整后的部门预算支出" + Figures.wanYuan(budget.adjustedBudget())
                + "万元，部门整体决算支出" + Figures.wanYuan(budget.actualExpenditure()) + "万元，预算执行率为"
                + Figures.percent(budget.executionRate()) + "。"));
    }

    private void evaluationMethod() {
        FrontMatter front = model.frontMatter();
        if (present(front.purpose())) {
            subsection("评价目的");
            paragraphs(front.purpose());
        }
        if (present(front.scope())) {
            subsection("评价范围");
            paragraphs(front.scope());
        }
        if (!front.basis().isEmpty()) {
            subsection("评价依据");
            blocks.add(new ItemList(front.basis(), true));
        }
        subsection("评价指标体系");
        blocks.add(new Paragraph("评价指标体系包括" + model.indicatorSummary().describe() + "，总分"
                + Figures.number(model.totalWeight().stripTrailingZeros()) + "分。"));
        if (!front.gradeBands().isEmpty()) {
            subsection("等级划分");
            blocks.add(new Paragraph(GradeBand.describe(front.gradeBands())));
        }
        if (!front.methods().isEmpty()) {
            subsection("评价方法");
            blocks.add(new Paragraph(String.join("、", front.methods()) + "。"));
        }
        if (!front.surveys().isEmpty()) {
            subsection("数据采集");
            blocks.add(new Paragraph(SurveySample.describe(front.surveys())));
        }
        if (!front.phases().isEmpty()) {
            subsection("工作过程");
            blocks.add(new ItemList(front.phases().stream().map(ReportOutline::phase).toList(), false));
        }
    }

    private void conclusion() {
        blocks.add(new Paragraph("经综合评价，" + model.unitName() + model.fiscalYear() + "年度部门整体支出绩效评价得分为"
                + Figures.score(model.total()) + "分" + gradeClause() + "。各一级指标得分情况如下："));
        blocks.add(categoryTable());
        blocks.add(chart());
    }

    private String gradeClause() {
        return present(model.grade()) ? "，评价等级为“" + model.grade() + "”" : "";
    }

    private Table categoryTable() {
        boolean byGoal = model.scoreTree().stream().anyMatch(ScoreNode::isGoalGroup);
        List<Column> columns = List.of(new Column("序号", 1, true), new Column(byGoal ? "类别" : "一级指标", 4, false),
                new Column("分值", 2, true), new Column("得分", 2, true), new Column("得分率", 2, true));
        List<Row> rows = new ArrayList<>();
        int number = 1;
        for (ScoreNode root : model.scoreTree()) {
            rows.add(body(String.valueOf(number++), root.name(), Figures.score(root.weight()), Figures.score(root.score()),
                    Figures.percent(root.scoreRate())));
        }
        rows.add(new Row(List.of("", "合计", Figures.score(model.totalWeight()), Figures.score(model.total()),
                Figures.percent(model.totalScoreRate())), RowKind.TOTAL));
        return new Table(byGoal ? "部门整体绩效自评得分表" : "部门整体绩效评价指标得分表", columns, rows, Role.CATEGORY);
    }

    private Chart chart() {
        return new Chart("各" + (model.scoreTree().stream().anyMatch(ScoreNode::isGoalGroup) ? "类别" : "一级指标") + "得分率",
                chartBars(model));
    }

    /** Bars for the score-rate chart: one per top-level node. */
    public static List<ChartBar> chartBars(ReportModel model) {
        return model.scoreTree().stream().map(root -> new ChartBar(root.name(), root.scoreRate())).toList();
    }

    private void attainment() {
        var attainment = model.targetAttainment();
        blocks.add(new Paragraph("本次评价" + attainment.describe() + "。"));
        if (!attainment.unmet().isEmpty()) {
            blocks.add(new Paragraph("未完成的绩效目标如下："));
            unmetList();
        }
    }

    private void unmetList() {
        List<UnmetTarget> unmet = model.targetAttainment().unmet();
        if (unmet.isEmpty()) {
            blocks.add(new Paragraph("各项绩效目标均已完成。"));
            return;
        }
        blocks.add(new ItemList(unmet.stream().map(target -> target.text() + "。").toList(), true));
    }

    private void findingsList() {
        if (model.findings().isEmpty()) {
            blocks.add(new Paragraph("本次评价未发现需要说明的问题。"));
            return;
        }
        blocks.add(new ItemList(model.findings().stream().map(ReportOutline::findingText).toList(), true));
    }

    private static String findingText(Finding finding) {
        return present(finding.citation()) ? finding.text() + "（依据：" + finding.citation() + "）" : finding.text();
    }

    private void recommendationsList() {
        Set<String> recommendations = new LinkedHashSet<>();
        model.findings().stream().map(Finding::recommendation).filter(ReportOutline::present).forEach(recommendations::add);
        if (recommendations.isEmpty()) {
            blocks.add(new Paragraph("无。"));
            return;
        }
        blocks.add(new ItemList(List.copyOf(recommendations), true));
    }

    private void appendix(String caption) {
        blocks.add(new Block.PageBreak());
        blocks.add(new Heading(1, caption));
        blocks.add(appendixTable(caption.substring(caption.indexOf('：') + 1)));
    }

    /** 一级 | 二级 | 三级 | 分值 | 指标值 | 实际完成值 | 得分 | 说明, grouped by 年度目标, names not repeated. */
    private Table appendixTable(String caption) {
        List<Column> columns = List.of(new Column("一级指标", 2, false), new Column("二级指标", 2, false),
                new Column("三级指标", 4, false), new Column("分值", 2, true), new Column("指标值", 3, false),
                new Column("实际完成值", 3, false), new Column("得分", 2, true), new Column("说明", 3, false));
        List<Row> rows = new ArrayList<>();
        AppendixRow previous = null;
        for (AppendixRow row : AppendixRow.of(model.scoreTree())) {
            if (row.groupHeading()) {
                rows.add(new Row(List.of(row.goalGroup() + "（" + Figures.score(row.weight()) + "分，得分"
                        + Figures.score(row.score()) + "）" + (present(row.target()) ? "：" + row.target() : "")),
                        RowKind.GROUP));
                previous = null;
                continue;
            }
            boolean sameLevel1 = previous != null && Objects.equals(previous.level1(), row.level1());
            boolean sameLevel2 = sameLevel1 && Objects.equals(previous.level2(), row.level2());
            rows.add(body(sameLevel1 ? "" : row.level1(), sameLevel2 ? "" : row.level2(), row.level3(),
                    Figures.score(row.weight()), row.target(), row.actual(), Figures.score(row.score()), row.explanation()));
            previous = row;
        }
        rows.add(new Row(List.of("总分", "", "", Figures.score(model.totalWeight()), "", "", Figures.score(model.total()), ""),
                RowKind.TOTAL));
        return new Table(caption, columns, rows, Role.APPENDIX);
    }

    // ------------------------------------------------------------------ helpers

    private void section(String text) {
        subsectionCount = 0;
        blocks.add(new Heading(1, numeral(sectionCount++) + "、" + text));
    }

    private void subsection(String text) {
        blocks.add(new Heading(2, "（" + numeral(subsectionCount++) + "）" + text));
    }

    private static String numeral(int index) {
        return index < NUMERALS.length ? NUMERALS[index] : String.valueOf(index + 1);
    }

    /** Captured text keeps the author's paragraphs. */
    private void paragraphs(String text) {
        for (String paragraph : text.split("\\R+")) {
            if (!paragraph.isBlank()) {
                blocks.add(new Paragraph(paragraph.strip()));
            }
        }
    }

    private static String phase(Phase phase) {
        if (phase.start() == null) {
            return phase.name();
        }
        LocalDate end = phase.end();
        return phase.name() + "（" + phase.start().format(DATE) + (end == null || end.equals(phase.start()) ? ""
                : "—" + end.format(DATE)) + "）";
    }

    private static Row body(String... cells) {
        return new Row(Arrays.asList(cells), RowKind.BODY);
    }

    private static String orDash(String value) {
        return present(value) ? value : "—";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
