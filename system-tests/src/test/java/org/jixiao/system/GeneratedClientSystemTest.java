package org.jixiao.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jixiao.client.budget.model.AmountUnit;
import org.jixiao.client.budget.model.BudgetRow;
import org.jixiao.client.budget.model.ImportSummary;
import org.jixiao.client.budget.model.UnitRequest;
import org.jixiao.client.budget.model.UnitType;
import org.jixiao.client.indicator.model.Framework;
import org.jixiao.client.indicator.model.FrameworkRequest;
import org.jixiao.client.report.model.ReportSummary;
import org.jixiao.client.scoring.model.Evaluation;
import org.jixiao.client.scoring.model.EvaluationScore;
import org.jixiao.client.scoring.model.EvaluationType;
import org.jixiao.client.scoring.model.InputState;
import org.jixiao.client.scoring.model.LeafInput;
import org.jixiao.client.scoring.model.LeafInputs;
import org.jixiao.client.scoring.model.OpenEvaluationRequest;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an integrator's code does with the Java clients openapi-generator makes from the served documents (generated
 * and compiled by this module's build, validation on): a district system pushes a budget, the finance bureau publishes
 * a framework and opens the evaluation, the agency enters the inputs, the bureau finalizes, and the report is
 * downloaded — each call typed by the documents alone, through the gateway, with each actor's own token.
 */
class GeneratedClientSystemTest {
    private static final String REGION = "62";
    private static final String AGENCY = "GS-CLIENT-AGENCY";
    private static final String FRAMEWORK = """
            {"code":"%s","name":"生成客户端测试指标体系","nodes":[
              {"code":"1","name":"预算执行","level":1,"weight":"20","category":"BUDGET_EXECUTION","children":[
                {"code":"1.1","name":"预算执行率","level":2,"weight":"20","scoringMethod":"EXECUTION_RATE","target":"100%%",
                 "scoringRule":"执行率×分值","dataBinding":"budget:executionRate"}]},
              {"code":"2","name":"产出","level":1,"weight":"80","category":"OUTPUT","children":[
                {"code":"2.1","name":"新增就业岗位","level":2,"weight":"2.5","scoringMethod":"RATIO_AT_LEAST","target":"≥800个",
                 "scoringRule":"按完成比例计分"},
                {"code":"2.2","name":"各类安全生产事故","level":2,"weight":"77.5","scoringMethod":"ZERO_TOLERANCE","target":"0起",
                 "scoringRule":"发生即不得分"}]}]}
            """;

    private static String gateway;

    @BeforeAll
    static void suite() {
        gateway = SharedSuite.get().gatewayUrl();
    }

    @Test
    void anIntegratorRunsAWholeEvaluationWithTheGeneratedClients() throws Exception {
        String unit = "GEN" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String admin = Tokens.of(Tokens.FINANCE_ADMIN, REGION, null);
        String district = Tokens.of(Tokens.DISTRICT_SYSTEM, REGION, null);
        String evaluator = Tokens.of(Tokens.EVALUATOR, REGION, AGENCY);

        var units = new org.jixiao.client.budget.api.UnitsApi(budget(admin));
        assertEquals(unit, units.registerUnit(new UnitRequest().unitCode(unit).name("生成客户端测试街道")
                .type(UnitType.SUB_DISTRICT_OFFICE).regionCode("620201001")).getUnitCode());

        ImportSummary pushed = new org.jixiao.client.budget.api.ImportsApi(budget(district)).pushBudgets(
                List.of(new BudgetRow().unitCode(unit).fiscalYear(2022).amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
                        .initialBudget("13581.29").adjustedBudget("13581.29").actualExpenditure("13581.29")),
                false, null, UUID.randomUUID().toString(), "generated-client-test");
        assertEquals(1L, pushed.getImportCount().getImported());

        var frameworks = new org.jixiao.client.indicator.api.FrameworksApi(indicator(admin));
        FrameworkRequest request = indicator(admin).getObjectMapper()
                .readValue(FRAMEWORK.formatted("gen-" + unit), FrameworkRequest.class);
        Framework draft = frameworks.createFramework(request);
        assertEquals("PUBLISHED", frameworks.publishFramework(draft.getId()).getStatus().getValue());

        var evaluations = new org.jixiao.client.scoring.api.EvaluationsApi(scoring(admin));
        Evaluation opened = evaluations.openEvaluation(new OpenEvaluationRequest().unitCode(unit).fiscalYear(2022)
                .type(EvaluationType.FINANCE).frameworkId(draft.getId()).evaluatorAgency(AGENCY));
        var asEvaluator = new org.jixiao.client.scoring.api.EvaluationsApi(scoring(evaluator));
        EvaluationScore score = asEvaluator.putEvaluationInputs(opened.getId(), new LeafInputs().inputs(List.of(
                new LeafInput().leafCode("2.1").state(InputState.VALUE).actual(new BigDecimal("210")),
                new LeafInput().leafCode("2.2").state(InputState.VALUE).actual(BigDecimal.ZERO))));
        assertEquals(new BigDecimal("98.16"), score.getResult().getTotal());
        asEvaluator.submitEvaluation(opened.getId());
        evaluations.approveEvaluation(opened.getId());
        Evaluation finalized = evaluations.finalizeEvaluation(opened.getId());
        assertEquals("优", finalized.getGrade());

        var reports = new org.jixiao.client.report.api.ReportsApi(report(admin));
        ReportSummary summary = await(() -> reports.listReports(opened.getId().toString(), null, null, null, null, null)
                .getItems().stream().findFirst().orElse(null));
        File pdf = reports.downloadReportDocument("pdf", summary.getId(), null);
        byte[] head = new byte[4];
        System.arraycopy(Files.readAllBytes(pdf.toPath()), 0, head, 0, 4);
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), head);
        File html = reports.downloadReportDocument("html", summary.getId(), null);
        String page = Files.readString(html.toPath(), StandardCharsets.UTF_8);
        assertTrue(page.contains("生成客户端测试街道"), "the report names the unit");
        assertFalse(evaluations.listEvaluations(2022, 0, "620201", 50).getItems().isEmpty());
    }

    private static org.jixiao.client.budget.ApiClient budget(String token) {
        var client = new org.jixiao.client.budget.ApiClient();
        client.updateBaseUri(gateway);
        return client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    }

    private static org.jixiao.client.indicator.ApiClient indicator(String token) {
        var client = new org.jixiao.client.indicator.ApiClient();
        client.updateBaseUri(gateway);
        return client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    }

    private static org.jixiao.client.scoring.ApiClient scoring(String token) {
        var client = new org.jixiao.client.scoring.ApiClient();
        client.updateBaseUri(gateway);
        return client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    }

    private static org.jixiao.client.report.ApiClient report(String token) {
        var client = new org.jixiao.client.report.ApiClient();
        client.updateBaseUri(gateway);
        return client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    }

    private interface Call<T> {
        T get() throws Exception;
    }

    private static <T> T await(Call<T> call) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            T value = call.get();
            if (value != null) {
                return value;
            }
            RunningSuite.sleep(500);
        }
        throw new AssertionError("no report within 90 s");
    }
}
