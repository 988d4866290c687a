package org.jixiao.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jixiao.events.EventTypes;
import org.jixiao.events.Topics;
import org.jixiao.report.DownstreamServices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportResourceTest {
    private static final String TITLE = "2022年度" + DownstreamServices.UNIT_NAME + "部门整体支出绩效评价报告";
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "html", "text/html",
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @BeforeAll
    static void readNumbersExactly() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void finalizedEventProducesTheReportInEveryFormat() throws Exception {
        String reportId = reportOf(DownstreamServices.FINANCE);

        ExtractableResponse<Response> report = given().when().get("/api/v1/reports/" + reportId)
                .then().statusCode(200)
                // leaf 5.1.1's input comes on the third page of scoring's inputs (DownstreamServices.INPUTS_PAGE_LIMIT)
                .body("findings.find { it.ruleId == 'unmet-targets' }.text",
                        containsString("“辖区安全事故发生率”计划≤1%，实际为1.2"))
                .body("unitName", equalTo(DownstreamServices.UNIT_NAME))
                .body("title", equalTo(TITLE))
                .body("kind", equalTo("FINANCE_EVALUATION"))
                .body("total", equalTo("92.30"))
                .body("grade", equalTo("优"))
                .body("documents.format", equalTo(List.of("html", "docx", "pdf", "xlsx")))
                .body("findings.ruleId", hasItems("budget-adjustment", "final-accounts-incomplete", "vague-targets",
                        "unmet-targets", "self-score-inflated"))
                .body("findings.ruleId", hasItems("missing-timeliness", "result-application", "asset-inventory"))
                .body("findings.ruleId", not(hasItem("execution-exceeds-budget")))
                .body("findings.find { it.ruleId == 'missing-timeliness' }.text",
                        containsString("。社区便民服务经费、城市精细化管理经费等2个项目均未设置“时效指标”"))
                .body("findings.find { it.ruleId == 'result-application' }.triggeringValues.resultApplicationRate",
                        equalTo("0"))
                .body("findings.find { it.ruleId == 'budget-adjustment' }.triggeringValues.adjustmentRate",
                        equalTo("20.90"))
                .body("findings.find { it.ruleId == 'budget-adjustment' }.text", containsString("20.90%"))
                .body("findings.find { it.ruleId == 'self-score-inflated' }.text", containsString("辖区安全事故发生率"))
                .extract();

        for (Map<String, Object> document : report.jsonPath().<Map<String, Object>>getList("documents")) {
            String format = (String) document.get("format");
            Response download = given().when().get("/api/v1/reports/" + reportId + "/documents/" + format)
                    .then().statusCode(200).extract().response();
            assertTrue(download.contentType().startsWith(MEDIA_TYPES.get(format)), format + ": " + download.contentType());
            assertEquals("attachment; filename=\"report." + format + "\"; filename*=UTF-8''"
                    + URLEncoder.encode(TITLE + "." + format, StandardCharsets.UTF_8).replace("+", "%20"),
                    download.header("Content-Disposition"));
            byte[] content = download.asByteArray();
            assertEquals(((Number) document.get("size")).longValue(), content.length, format);
            assertEquals(document.get("sha256"), HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(content)), format);
        }

        byte[] pdf = download(reportId, "pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(DownstreamServices.UNIT_NAME), "PDF names the unit");
            assertTrue(text.contains("92.30"), "PDF shows the total");
            assertTrue(text.contains("7个一级指标、8个二级指标、11个三级指标"), "PDF counts the indicator system");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download(reportId, "docx")));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertTrue(text.contains(TITLE), "DOCX carries the title");
            assertTrue(text.contains("预算调整率较高"), "DOCX lists the findings");
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(download(reportId, "xlsx")))) {
            assertTrue(xlsx.getNumberOfSheets() >= 1);
        }
        String html = new String(download(reportId, "html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("新增就业岗位") && html.contains("<svg"), "HTML shows the tree and the chart");
        assertTrue(html.contains("目标 1：加强基层党建，强化工作阵地建设和党员教育管理"), "HTML lists the declared 年度绩效目标");
        assertTrue(html.contains("评价结果分为优秀、良好、基本合格、不合格四个等级：90分（含）以上为优秀；"), "HTML states the bands");
        assertTrue(html.contains("共收集干部职工满意度问卷44份，受益群众满意度问卷38份"), "HTML counts the questionnaires");
        assertTrue(html.contains("评价中未发现其他需要说明的事项。"), "HTML quotes 其他需要说明的事项 as entered");
    }

    @Test
    void repeatedEventsMakeNoSecondReport() {
        String eventId = UUID.randomUUID().toString();
        publish(DownstreamServices.FINANCE, eventId);
        publish(DownstreamServices.FINANCE, eventId);
        publish(DownstreamServices.FINANCE, UUID.randomUUID().toString());
        // events that can never make a report are skipped, not retried forever in front of the others
        publishRaw("{not json", UUID.randomUUID().toString());
        publish(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        publish(DownstreamServices.APPROVED, UUID.randomUUID().toString());
        // one partition, handled in order: once this later event's report exists the three above were handled
        reportOf(DownstreamServices.SENTINEL);

        given().queryParam("evaluationId", DownstreamServices.FINANCE).when().get("/api/v1/reports")
                .then().statusCode(200).body("total", equalTo(1)).body("items", hasSize(1));
        given().queryParam("evaluationId", DownstreamServices.APPROVED).when().get("/api/v1/reports")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void readsTheEventsTotalAsADecimalStringAndAsAnOlderJsonNumber() {
        // producers write decimals as strings now; events published before that carry a JSON number
        publishRaw(finalized(DownstreamServices.STRING_TOTAL, "\"92.30\""), UUID.randomUUID().toString());
        publishRaw(finalized(DownstreamServices.NUMBER_TOTAL, "92.30"), UUID.randomUUID().toString());
        for (String evaluationId : List.of(DownstreamServices.STRING_TOTAL, DownstreamServices.NUMBER_TOTAL)) {
            String reportId = awaitReport(evaluationId);
            given().when().get("/api/v1/reports/" + reportId).then().statusCode(200)
                    .body("evaluationId", equalTo(evaluationId))
                    .body("total", equalTo("92.30"))
                    .body("documents.format", equalTo(List.of("html", "docx", "pdf", "xlsx")));
        }
        given().queryParam("evaluationId", DownstreamServices.NUMBER_TOTAL).when().get("/api/v1/reports")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].total", equalTo("92.30"))
                .body("items[0].fiscalYear", equalTo(2022)).body("items[0].regionCode", equalTo("620201"));
    }

    @Test
    void documentsEveryEndpointInOpenApi() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Jixiao report-service"))
                .body("paths.keySet()", hasItems("/api/v1/reports", "/api/v1/reports/{reportId}",
                        "/api/v1/reports/{reportId}/documents/{format}", "/api/v1/reports/{reportId}/regenerate",
                        "/api/v1/reports/{reportId}/findings", "/api/v1/findings-rules",
                        "/api/v1/findings-rules/{ruleId}"))
                .body("paths.'/api/v1/reports/{reportId}'.get.responses.keySet()", hasItems("200", "400", "404"))
                .body("paths.'/api/v1/findings-rules/{ruleId}'.put.responses.keySet()", hasItems("200", "400"))
                .body("paths.'/api/v1/reports/{reportId}/documents/{format}'.get.responses.'200'.content.keySet()",
                        hasItems("application/pdf", "text/html",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body("paths.'/api/v1/reports/{reportId}/documents/{format}'.get.responses.'200'.content"
                        + ".'application/pdf'.schema.format", equalTo("binary"))
                .body("paths.'/api/v1/reports/{reportId}/documents/{format}'.get.responses.'200'.content"
                        + ".'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'.schema.format",
                        equalTo("binary"))
                .body("paths.'/api/v1/reports'.get.parameters.name", hasItems("regionCode", "fiscalYear", "page", "size"))
                .body("paths.'/api/v1/reports'.post.summary", containsString("finalized evaluation"));
    }

    @Test
    void htmlShowsAScriptInTheUnitNameAsText() {
        String reportId = reportOf(DownstreamServices.HOSTILE);
        given().when().get("/api/v1/reports/" + reportId).then().statusCode(200)
                .body("kind", equalTo("SELF_EVALUATION"))
                .body("unitName", equalTo(DownstreamServices.HOSTILE_NAME));
        String html = new String(download(reportId, "html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script"), "no script element");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;钢城街道"), "the name shows as text");
    }

    @Test
    void generatesOnRequestOnceAndAnswersTheExistingReportAfterwards() {
        String first = given().contentType(ContentType.JSON)
                .body(Map.of("evaluationId", DownstreamServices.ON_REQUEST, "kind", "SELF_SUMMARY"))
                .when().post("/api/v1/reports")
                .then().statusCode(201).header("Location", containsString("/api/v1/reports/"))
                .body("kind", equalTo("SELF_SUMMARY"))
                .body("title", containsString("部门整体绩效自评结果（摘要版）"))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("evaluationId", DownstreamServices.ON_REQUEST))
                .when().post("/api/v1/reports")
                .then().statusCode(200).body("id", equalTo(first));
        given().queryParam("unitCode", DownstreamServices.UNIT).queryParam("regionCode", "6202")
                .queryParam("fiscalYear", 2022)
                .when().get("/api/v1/reports")
                .then().statusCode(200).body("items.id", hasItem(first));
        given().queryParam("fiscalYear", 2021).when().get("/api/v1/reports")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void regeneratesInPlaceWithStoredRulesAndEvaluatorFindings() {
        String reportId = reportOf(DownstreamServices.FINANCE);
        String before = given().when().get("/api/v1/reports/" + reportId).then().extract().path("updatedAt");

        given().contentType(ContentType.JSON).body("""
                {"id":"adjustment-over-twenty","condition":"adjustmentRate > 20% and executionRate >= 100%",
                 "severity":"LOW","findingTemplate":"预算调整幅度超过两成（${adjustmentRate:%}）。"}
                """).when().post("/api/v1/findings-rules").then().statusCode(201);
        try {
            given().when().post("/api/v1/reports/" + reportId + "/regenerate")
                    .then().statusCode(200)
                    .body("id", equalTo(reportId))
                    .body("findings.find { it.ruleId == 'adjustment-over-twenty' }.text",
                            equalTo("预算调整幅度超过两成（20.90%）。"))
                    .body("updatedAt", not(equalTo(before)));
        } finally {
            given().when().delete("/api/v1/findings-rules/adjustment-over-twenty").then().statusCode(204);
        }

        given().contentType(ContentType.JSON)
                .body(Map.of("severity", "HIGH", "text", "财务管理精细化不足，部分凭证附件不全。",
                        "recommendation", "加强财务人员培训。"))
                .when().post("/api/v1/reports/" + reportId + "/findings")
                .then().statusCode(201).header("Location", containsString("/api/v1/reports/" + reportId))
                .body("findings.find { it.entered }.text", equalTo("财务管理精细化不足，部分凭证附件不全。"))
                .body("findings.find { it.entered }.severityLabel", equalTo("严重"));
        String html = new String(download(reportId, "html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("财务管理精细化不足，部分凭证附件不全。"), "the evaluator's finding is in the document");

        given().queryParam("kind", "SELF_SUMMARY").when().post("/api/v1/reports/" + reportId + "/regenerate")
                .then().statusCode(200)
                .body("kind", equalTo("SELF_SUMMARY"))
                .body("findings.ruleId", not(hasItem("adjustment-over-twenty")))
                .body("findings.find { it.entered }.text", equalTo("财务管理精细化不足，部分凭证附件不全。"));

        given().queryParam("kind", "FINANCE_EVALUATION").when().post("/api/v1/reports/" + reportId + "/regenerate")
                .then().statusCode(200).body("kind", equalTo("FINANCE_EVALUATION"));
        given().queryParam("kind", "MEMO").when().post("/api/v1/reports/" + reportId + "/regenerate")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        given().contentType(ContentType.JSON).body(Map.of("severity", "HIGH", "text", " "))
                .when().post("/api/v1/reports/" + reportId + "/findings")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("text"));
    }

    @Test
    void announcesReportGenerated() {
        String reportId = reportOf(DownstreamServices.FINANCE);
        ConsumerRecord<String, String> event = awaitEvent(Topics.REPORT_GENERATED, reportId);
        assertEquals(DownstreamServices.UNIT, event.key());
        assertEquals(EventTypes.REPORT_GENERATED, header(event, "ce_type"));
        assertTrue(event.value().contains("\"formats\":[\"html\",\"docx\",\"pdf\",\"xlsx\"]"), event.value());
    }

    @Test
    void clientMistakesAreProblemsNotFailures() {
        given().when().get("/api/v1/reports/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().when().get("/api/v1/reports/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/reports/" + UUID.randomUUID() + "/documents/pdf")
                .then().statusCode(404).contentType("application/problem+json");
        String reportId = reportOf(DownstreamServices.FINANCE);
        given().when().get("/api/v1/reports/" + reportId + "/documents/rtf")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("rtf"));
        given().when().post("/api/v1/reports/" + UUID.randomUUID() + "/regenerate")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("evaluationId", "nope").when().get("/api/v1/reports")
                .then().statusCode(400).body("errors.field", hasItem("evaluationId"));
        given().queryParam("size", 0).when().get("/api/v1/reports").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/reports")
                .then().statusCode(400).body("errors.field", hasItem("evaluationId"));
        given().contentType(ContentType.JSON).body("{\"evaluationId\":\"x\"}").when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"evaluationId\":\"" + DownstreamServices.FINANCE
                        + "\",\"kind\":\"MEMO\"}").when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("evaluationId", UUID.randomUUID().toString()))
                .when().post("/api/v1/reports")
                .then().statusCode(400).body("errors.code", hasItem("UNKNOWN_EVALUATION"));
        given().contentType(ContentType.JSON).body(Map.of("evaluationId", DownstreamServices.APPROVED))
                .when().post("/api/v1/reports")
                .then().statusCode(409).body("detail", containsString("APPROVED"));
        given().contentType(ContentType.JSON).body(Map.of("evaluationId", DownstreamServices.BROKEN))
                .when().post("/api/v1/reports")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("scoring-service"));
    }

    // ------------------------------------------------------------------ helpers

    /** Publishes evaluation.finalized for the evaluation (harmless when it was published before) and awaits its report. */
    static String reportOf(String evaluationId) {
        publish(evaluationId, UUID.randomUUID().toString());
        return awaitReport(evaluationId);
    }

    /** Publishes evaluation.finalized as scoring writes it: the total a decimal string. */
    static void publish(String evaluationId, String eventId) {
        publishRaw(finalized(evaluationId, "\"92.30\""), eventId);
    }

    /** The data of evaluation.finalized with the total written as given (a JSON string or number). */
    static String finalized(String evaluationId, String totalJson) {
        return "{\"evaluationId\":\"" + evaluationId + "\",\"revision\":1,\"unitCode\":\"" + DownstreamServices.UNIT
                + "\",\"fiscalYear\":2022,\"evaluationType\":\"FINANCE\",\"total\":" + totalJson
                + ",\"grade\":\"优\"}";
    }

    /** Awaits the report of an evaluation whose evaluation.finalized was published already. */
    static String awaitReport(String evaluationId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> ids = given().queryParam("evaluationId", evaluationId).when().get("/api/v1/reports")
                    .then().statusCode(200).extract().jsonPath().getList("items.id");
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            sleep(250);
        }
        return fail("no report of " + evaluationId + " appeared");
    }

    static void publishRaw(String data, String eventId) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.EVALUATION_FINALIZED,
                DownstreamServices.UNIT, data);
        record.headers().add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(eventId))
                .add("ce_type", bytes(EventTypes.EVALUATION_FINALIZED))
                .add("ce_source", bytes("/jixiao/scoring-service"))
                .add("content-type", bytes("application/json"));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish", e);
        }
    }

    private static byte[] download(String reportId, String format) {
        return given().when().get("/api/v1/reports/" + reportId + "/documents/" + format)
                .then().statusCode(200).extract().asByteArray();
    }

    private static ConsumerRecord<String, String> awaitEvent(String topic, String reportId) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value().contains(reportId)) {
                        return record;
                    }
                }
            }
        }
        return fail("no " + topic + " event for report " + reportId);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
