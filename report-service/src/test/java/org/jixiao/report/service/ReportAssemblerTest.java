package org.jixiao.report.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jixiao.report.client.RemoteViews;
import org.jixiao.report.domain.findings.FactNames;
import org.jixiao.report.domain.model.ReportKind;
import org.jixiao.report.domain.model.ReportModel;
import org.jixiao.report.domain.model.UnmetTarget;
import org.junit.jupiter.api.Test;

class ReportAssemblerTest {
    private static final String ID = "5b1c0000-0000-4000-8000-00000000000a";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static RemoteViews.Sources recorded(String type) throws IOException {
        RemoteViews.Evaluation evaluation = JSON.readValue(read("evaluation").replace("${unitName}", "嘉峪关市钢城街道办事处")
                .replace("${type}", type).replace("${status}", "FINALIZED"), RemoteViews.Evaluation.class);
        RemoteViews.Score score = JSON.readValue(read("score"), RemoteViews.Score.class);
        List<RemoteViews.LeafInput> inputs = List.of(JSON.readValue(read("inputs"), RemoteViews.LeafInput[].class));
        RemoteViews.Budget budget = JSON.readValue(read("budget"), RemoteViews.Budget.class);
        RemoteViews.UnitProfile profile = JSON.readValue(read("profile"), RemoteViews.UnitProfile.class);
        RemoteViews.Declaration declaration = JSON.readValue(read("declaration"), RemoteViews.Declaration.class);
        RemoteViews.GradeScheme scheme = JSON.readValue(read("grade-scheme"), RemoteViews.GradeScheme.class);
        RemoteViews.Surveys surveys = JSON.readValue(read("surveys"), RemoteViews.Surveys.class);
        return new RemoteViews.Sources(evaluation, score, inputs, budget, profile, declaration, scheme, surveys);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = ReportAssemblerTest.class.getClassLoader()
                .getResourceAsStream("downstream/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${id}", ID);
        }
    }

    @Test
    void buildsTheModelFromWhatScoringAndBudgetAnswered() throws IOException {
        ReportModel model = ReportAssembler.model(recorded("FINANCE"), ReportKind.FINANCE_EVALUATION,
                OffsetDateTime.parse("2023-08-02T09:00:00+08:00"));

        assertEquals("2022年度嘉峪关市钢城街道办事处部门整体支出绩效评价报告", model.title());
        assertEquals(new BigDecimal("92.30"), model.total());
        assertEquals("优", model.grade());
        assertEquals("7个一级指标、8个二级指标、11个三级指标", model.indicatorSummary().describe());
        assertEquals(new BigDecimal("100.00"), model.totalWeight());
        assertEquals(new BigDecimal("20.90"), model.budget().adjustmentRate());
        assertEquals("嘉峪关市财政局", model.frontMatter().commissionedBy());
        assertEquals(2, model.frontMatter().phases().size());
        assertEquals(4, model.frontMatter().gradeBands().size());
        assertEquals("对相关受益对象的满意度进行问卷调查，共收集干部职工满意度问卷44份，受益群众满意度问卷38份（发放40份）。",
                org.jixiao.report.domain.model.SurveySample.describe(model.frontMatter().surveys()));
        assertTrue(model.narrative().unitProfile().startsWith("内设机构3个：党政综合办公室"));
        assertEquals("街道以党建引领基层治理，各项工作取得扎实成效。", model.narrative().achievements());
        assertEquals("2021年度评价发现的问题已全部整改，评价结果已在街道网站公开。", model.narrative().resultApplication());
        assertEquals("评价中未发现其他需要说明的事项。", model.narrative().otherMatters());
        List<String> unmet = model.targetAttainment().unmet().stream().map(UnmetTarget::text).toList();
        assertEquals(4, unmet.size());
        assertTrue(unmet.contains("社会效应“辖区安全事故发生率”计划≤1%，实际为1.2%，未完成相应指标"), unmet.toString());
        assertEquals("共11项绩效目标，完成7项，未完成4项", model.targetAttainment().describe());
    }

    @Test
    void factsCarryTheMetricSnapshotAllSourceSpendingAndSelfScores() throws IOException {
        RemoteViews.Sources sources = recorded("FINANCE");
        ReportModel model = ReportAssembler.model(sources, ReportKind.FINANCE_EVALUATION, OffsetDateTime.now());
        Map<String, Object> facts = ReportAssembler.facts(model, sources);

        assertEquals(0, new BigDecimal("20.90").compareTo((BigDecimal) facts.get(FactNames.ADJUSTMENT_RATE)));
        assertEquals(0, new BigDecimal("45000000").compareTo((BigDecimal) facts.get(FactNames.ALL_SOURCE_EXPENDITURE)));
        assertEquals(0, new BigDecimal("2").compareTo((BigDecimal) facts.get(FactNames.SELF_SCORE_OVERSTATEMENT)));
        assertFalse(facts.containsKey(FactNames.THREE_PUBLIC_CONTROL_RATE), "an undefined metric is no fact");
        assertEquals(1, facts.get(FactNames.VAGUE_TARGET_COUNT));
    }

    @Test
    void factsNameTheDeclaredProjectsWithoutTimelinessAndWhatEvaluatorsFoundOnSite() throws IOException {
        RemoteViews.Sources sources = recorded("FINANCE");
        ReportModel model = ReportAssembler.model(sources, ReportKind.FINANCE_EVALUATION, OffsetDateTime.now());
        Map<String, Object> facts = ReportAssembler.facts(model, sources);

        // the warning on 年度目标 G2 is a declaration hint, not a project finding
        assertEquals(List.of("社区便民服务经费", "城市精细化管理经费"), facts.get(FactNames.MISSING_TIMELINESS_PROJECTS));
        assertEquals(2, facts.get(FactNames.MISSING_TIMELINESS_COUNT));
        assertEquals(0, BigDecimal.ZERO.compareTo((BigDecimal) facts.get(FactNames.RESULT_APPLICATION_RATE)));
        assertEquals(0, facts.get(FactNames.ASSET_INVENTORY_COUNT));
        assertEquals(List.of("加强基层党建，强化工作阵地建设和党员教育管理",
                        "服务群众，开展居民群众广泛参与的才艺展示、文艺汇演、体育竞赛、知识竞赛等主题活动和各传统节庆活动",
                        "以精细化管理为抓手，提升辖区城市品质", "强化社区便民服务中心工作效率，切实解决群众问题",
                        "以切实改善民生为目标，促进社会事业统筹发展"), model.narrative().annualGoals());
    }

    @Test
    void withoutDeclarationOrOnSiteFindingsThoseFactsStayUnknown() throws IOException {
        RemoteViews.Sources recorded = recorded("FINANCE");
        RemoteViews.Evaluation e = recorded.evaluation();
        RemoteViews.FrontMatter f = e.frontMatter();
        RemoteViews.Evaluation silent = new RemoteViews.Evaluation(e.id(), e.unitCode(), e.unitName(), e.regionCode(),
                e.fiscalYear(), e.type(), e.revision(), e.status(), e.gradeScheme(), e.metrics(),
                e.finalAccountsIncomplete(), new RemoteViews.FrontMatter(f.commissionedBy(), f.evaluatorOrg(),
                        f.purpose(), f.scope(), f.basis(), f.methods(), f.phases(), f.achievements(), null, null,
                        null, null),
                e.total(), e.grade(), e.evaluatorAgency());
        RemoteViews.Sources sources = new RemoteViews.Sources(silent, recorded.score(), recorded.inputs(),
                recorded.budget(), recorded.profile(), null, null, null);
        ReportModel model = ReportAssembler.model(sources, ReportKind.FINANCE_EVALUATION, OffsetDateTime.now());
        Map<String, Object> facts = ReportAssembler.facts(model, sources);

        assertFalse(facts.containsKey(FactNames.MISSING_TIMELINESS_COUNT));
        assertFalse(facts.containsKey(FactNames.RESULT_APPLICATION_RATE));
        assertFalse(facts.containsKey(FactNames.ASSET_INVENTORY_COUNT));
        assertEquals(List.of(), model.narrative().annualGoals());
        assertEquals(List.of(), model.frontMatter().gradeBands());
        assertEquals(List.of(), model.frontMatter().surveys());
    }

    @Test
    void findsDeclarationNodesByCodePathOrIndex() {
        RemoteViews.DeclarationNode leaf = new RemoteViews.DeclarationNode(null, "时效", null, "TIMELINESS", "100%", null);
        RemoteViews.DeclarationNode output = new RemoteViews.DeclarationNode("P1.O", "产出指标", "OUTPUT", null, null,
                List.of(leaf));
        RemoteViews.DeclarationNode project = new RemoteViews.DeclarationNode("P1", "秸秆禁烧经费", "PROJECT", null, null,
                List.of(output));
        List<RemoteViews.DeclarationNode> roots = List.of(project);
        assertEquals(project, ReportAssembler.nodeAt(roots, "P1"));
        assertEquals(leaf, ReportAssembler.nodeAt(roots, "P1/P1.O/#0"));
        assertNull(ReportAssembler.nodeAt(roots, ""));
        assertNull(ReportAssembler.nodeAt(roots, "P1/#3"));
        assertNull(ReportAssembler.nodeAt(roots, "P9"));
        assertNull(ReportAssembler.nodeAt(null, "P1"));
    }

    @Test
    void choosesTheReportKindByEvaluationType() {
        assertEquals(ReportKind.SELF_EVALUATION, ReportAssembler.defaultKind("SELF"));
        assertEquals(ReportKind.FINANCE_EVALUATION, ReportAssembler.defaultKind("FINANCE"));
        assertEquals(ReportKind.FINANCE_EVALUATION, ReportAssembler.defaultKind("DEPARTMENT"));
        assertThrows(IllegalArgumentException.class, () -> ReportAssembler.evaluationType("CONSULTANT"));
    }

    @Test
    void printsActualValuesWithTheirUnitGradeOrAchievement() {
        assertEquals("820个", ReportAssembler.actual(input("VALUE", new BigDecimal("820.000"), "个", null, null)));
        assertEquals("1.2%", ReportAssembler.actual(input("VALUE", new BigDecimal("1.20"), "%", null, null)));
        assertEquals("良", ReportAssembler.actual(input("VALUE", null, null, "良", null)));
        assertEquals("未完成", ReportAssembler.actual(input("VALUE", null, null, null, false)));
        assertEquals("不适用", ReportAssembler.actual(input("NOT_APPLICABLE", null, null, null, null)));
        assertNull(ReportAssembler.actual(input("DATA_UNAVAILABLE", BigDecimal.ONE, "个", null, null)));
    }

    @Test
    void describesTheUnitProfileOnlyWithWhatIsKnown() {
        assertNull(ReportAssembler.profileText(null));
        assertNull(ReportAssembler.profileText(new RemoteViews.UnitProfile("1", 2022, List.of(), null, null, null, null)));
        assertEquals("在编在岗人数52人。", ReportAssembler.profileText(
                new RemoteViews.UnitProfile("1", 2022, null, null, null, 52, null)));
    }

    private static RemoteViews.LeafInput input(String state, BigDecimal actual, String unit, String grade,
            Boolean achieved) {
        return new RemoteViews.LeafInput("1.1", "指标", "≥1", unit, state, actual, grade, achieved, null, null, null);
    }
}
