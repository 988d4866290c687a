package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class BudgetImportResourceTest {
    private static final String PUSH = "/api/v1/imports/budgets";
    /** A district finance-admin with a subject of their own; other requests carry the default token. */
    private static final String PUSHER = Tokens.claims(Tokens.FINANCE_ADMIN, "62", null)
            .subject("wang.fang@czj-620201").sign();

    @Inject
    DataSource db;

    @BeforeAll
    static void exactNumbers() {
        Fixtures.readNumbersExactly();
    }

    private static String row(String unit, int year, String unitOfAmount, String initial) {
        return "{\"unitCode\":\"%s\",\"fiscalYear\":%d,\"amountUnit\":\"%s\",\"initialBudget\":\"%s\"}"
                .formatted(unit, year, unitOfAmount, initial);
    }

    private long events(String unit, int year) {
        return Fixtures.count(db, "select count(*) from outbox_message where subject = '" + unit + "/" + year + "'");
    }

    private long history(String unit, int year) {
        return Fixtures.count(db, "select count(*) from budget_history where unit_code = '" + unit
                + "' and fiscal_year = " + year);
    }

    @Test
    void pushStoresExactFenAndCountsImportedUpdatedAndIgnored() {
        String a = Fixtures.registerUnit("620201001");
        String b = Fixtures.registerUnit("620201002");
        String first = """
                [{"unitCode":"%s","fiscalYear":2021,"amountUnit":"TEN_THOUSAND_YUAN","initialBudget":31385.997668,
                  "actualExpenditure":"667.92","basicExpenditure":"600","projectExpenditure":"67.92",
                  "personnelExpenditure":"500","operatingExpenditure":"100",
                  "fundSourceExpenditure":{"GENERAL_APPROPRIATION":"667.92","UNIT_OWN":"326.15"}},
                 {"unitCode":"%s","fiscalYear":2021,"amountUnit":"YUAN","initialBudget":"１２３．４５"}]
                """.formatted(a, b);
        given().auth().oauth2(PUSHER).contentType(ContentType.JSON).header("X-Source-System", "district-620201")
                .body(first).when().post(PUSH)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("importStatus", equalTo("SUCCESS"))
                .body("total", equalTo(2))
                .body("importCount.imported", equalTo(2))
                .body("importCount.updated", equalTo(0))
                .body("conflicts.size()", equalTo(0))
                .body("status", nullValue());

        given().when().get("/api/v1/budgets/" + a + "/2021")
                .then().statusCode(200)
                .body("initialBudget", equalTo("313859976.68"))
                .body("projectExpenditure", equalTo("679200.00"))
                .body("fundSourceExpenditure.UNIT_OWN", equalTo("3261500.00"))
                .body("allSourceExpenditure", equalTo("9940700.00"));
        given().when().get("/api/v1/budgets/" + a + "/2021/metrics")
                .then().statusCode(200).body("finalAccountsIncomplete", equalTo(true));

        String second = "[" + row(a, 2021, "TEN_THOUSAND_YUAN", "31385.997669").replace("}",
                ",\"actualExpenditure\":\"667.92\",\"basicExpenditure\":\"600\",\"projectExpenditure\":\"67.92\","
                        + "\"personnelExpenditure\":\"500\",\"operatingExpenditure\":\"100\","
                        + "\"fundSourceExpenditure\":{\"GENERAL_APPROPRIATION\":\"667.92\",\"UNIT_OWN\":\"326.15\"}}")
                + "," + row(b, 2021, "YUAN", "123.45") + "]";
        given().contentType(ContentType.JSON).body(second)
                .when().post(PUSH)
                .then().statusCode(200)
                .body("importCount.imported", equalTo(0))
                .body("importCount.updated", equalTo(1))
                .body("importCount.ignored", equalTo(1));

        assertEquals(2, events(a, 2021), "one budget.updated per change");
        assertEquals(1, events(b, 2021), "no event when the figures did not change");
        assertEquals(2, history(a, 2021));
        assertEquals(1, history(b, 2021));
        given().when().get("/api/v1/budgets/" + a + "/2021/history")
                .then().statusCode(200)
                // who is the token's subject; the X-Source-System header is the source system, not who
                .body("items[0].changedBy", equalTo("wang.fang@czj-620201"))
                .body("items[0].sourceSystem", equalTo("district-620201"))
                .body("items[1].changedBy", equalTo("finance-admin@CN"))
                .body("items[1].sourceSystem", nullValue())
                .body("items[1].before.initialBudget", equalTo("313859976.68"))
                .body("items[1].after.initialBudget", equalTo("313859976.69"));
    }

    @Test
    void theEventCarriesTheUnitYearKeyedByUnitCode() {
        String unit = Fixtures.registerUnit("620201001");
        given().contentType(ContentType.JSON).body("[" + row(unit, 2022, "YUAN", "1") + "]")
                .when().post(PUSH).then().statusCode(200);
        assertEquals(1, Fixtures.count(db, "select count(*) from outbox_message where topic = 'jixiao.budget.updated'"
                + " and event_type = 'org.jixiao.budget.updated' and message_key = '" + unit + "'"
                + " and payload::jsonb = '{\"unitCode\":\"" + unit + "\",\"fiscalYear\":2022}'::jsonb"));
    }

    @Test
    void historyKeepsAKeyWithBackslashesExactlyAsSent() {
        // rows go in with COPY's text format, where a backslash escapes and \N is NULL
        String unit = Fixtures.registerUnit("620201001");
        String key = "k\\N-" + UUID.randomUUID() + "-\\t\\";
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("[" + row(unit, 2023, "YUAN", "100") + "]")
                .when().post(PUSH).then().statusCode(200);
        given().when().get("/api/v1/budgets/" + unit + "/2023/history")
                .then().statusCode(200).body("items[0].idempotencyKey", equalTo(key));
    }

    @Test
    void aReplayWithTheSameKeyReturnsTheFirstAnswerAndChangesNothing() {
        String unit = Fixtures.registerUnit("620201001");
        String key = UUID.randomUUID().toString();
        String body = "[" + row(unit, 2023, "YUAN", "100") + "]";
        String firstAnswer = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(PUSH)
                .then().statusCode(200).body("idempotencyKey", equalTo(key))
                .body("importCount.imported", equalTo(1))
                .extract().asString();
        // someone else changes the figures meanwhile: a replay must not put the pushed ones back
        given().contentType(ContentType.JSON).body("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"200\"}")
                .when().put("/api/v1/budgets/" + unit + "/2023").then().statusCode(200);
        long[] before = Fixtures.writtenRows(db);

        Response replay = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(PUSH);
        replay.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals(firstAnswer, replay.asString());
        assertArrayEquals(before, Fixtures.writtenRows(db));
        given().when().get("/api/v1/budgets/" + unit + "/2023")
                .then().body("initialBudget", equalTo("200.00"));

        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("[" + row(unit, 2023, "YUAN", "300") + "]")
                .when().post(PUSH)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).queryParam("mode", "PER_ROW").body(body)
                .when().post(PUSH)
                .then().statusCode(422).body("errors[0].code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertArrayEquals(before, Fixtures.writtenRows(db));
    }

    @Test
    void aFailedAtomicPushIsReplayedAsTheSameFailure() {
        String unit = Fixtures.registerUnit("620201001");
        String key = "atomic-" + UUID.randomUUID();
        String body = "[" + row(unit, 2023, "YUAN", "100") + "," + row(unit, 2024, "YUAN", "-1") + "]";
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(PUSH)
                .then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("importStatus", equalTo("ERROR"))
                .body("importCount.imported", equalTo(0))
                .body("importCount.ignored", equalTo(1))
                .body("importCount.conflicts", equalTo(1))
                .body("conflicts[0].row", equalTo(2))
                .body("conflicts[0].field", equalTo("initialBudget"))
                .body("conflicts[0].code", equalTo("NEGATIVE_AMOUNT"))
                .extract().asString();
        given().when().get("/api/v1/budgets/" + unit + "/2023").then().statusCode(404);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(PUSH)
                .then().statusCode(422).header("Idempotent-Replayed", "true").body(equalTo(first));
    }

    @Test
    void aDryRunValidatesAndCountsButStoresNothing() {
        String unit = Fixtures.registerUnit("620201001");
        long[] before = Fixtures.writtenRows(db);
        given().contentType(ContentType.JSON).queryParam("dryRun", "true").header("Idempotency-Key", "dry-1")
                .body("{\"rows\":[" + row(unit, 2023, "YUAN", "100") + "]}")
                .when().post(PUSH)
                .then().statusCode(200).body("dryRun", equalTo(true))
                .body("importCount.imported", equalTo(1));
        assertArrayEquals(before, Fixtures.writtenRows(db));
        given().when().get("/api/v1/budgets/" + unit + "/2023").then().statusCode(404);
        given().contentType(ContentType.JSON).queryParam("dryRun", "true")
                .body("[" + row(unit, 2023, "YUAN", "1.001") + "]")
                .when().post(PUSH)
                .then().statusCode(422).body("conflicts[0].code", equalTo("TOO_MANY_DECIMALS"))
                .body("detail", containsString("dry run"));
    }

    @Test
    void perRowModeAppliesTheValidRowsAndListsTheOthers() {
        String unit = Fixtures.registerUnit("620201001");
        String body = "[" + row(unit, 2023, "YUAN", "100") + "," + row("NO-SUCH-UNIT", 2023, "YUAN", "5") + ","
                + row(unit, 2023, "YUAN", "100") + "]";
        given().contentType(ContentType.JSON).queryParam("mode", "PER_ROW").body(body)
                .when().post(PUSH)
                .then().statusCode(200)
                .body("importStatus", equalTo("WARNING"))
                .body("importCount.imported", equalTo(1))
                .body("importCount.conflicts", equalTo(2))
                .body("conflicts.find { it.row == 2 }.code", equalTo("UNKNOWN_UNIT"))
                .body("conflicts.find { it.row == 3 }.code", equalTo("DUPLICATE_ROW"));
        given().when().get("/api/v1/budgets/" + unit + "/2023").then().statusCode(200);
        given().contentType(ContentType.JSON).queryParam("mode", "PER_ROW")
                .body("[" + row("NO-SUCH-UNIT", 2023, "YUAN", "5") + "]")
                .when().post(PUSH)
                .then().statusCode(422).body("importStatus", equalTo("ERROR"));
    }

    @Test
    void manyChunksAreValidatedAsOnePayload() {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            units.add(Fixtures.registerUnit("620202001"));
        }
        StringBuilder body = new StringBuilder("[");
        int rows = 0;
        for (String unit : units) {
            for (int year = 2001; year <= 2100; year++) {
                body.append(rows++ == 0 ? "" : ",").append(row(unit, year, "YUAN", year + ".5"));
            }
        }
        String all = body + "]";
        // the first row again, 2,500 rows later: a duplicate across chunks
        String withDuplicate = body + "," + row(units.get(0), 2001, "YUAN", "1") + "]";
        long[] before = Fixtures.writtenRows(db);
        given().contentType(ContentType.JSON).body(withDuplicate)
                .when().post(PUSH)
                .then().statusCode(422)
                .body("total", equalTo(2501))
                .body("conflicts[0].row", equalTo(2501))
                .body("conflicts[0].code", equalTo("DUPLICATE_ROW"));
        assertArrayEquals(before, Fixtures.writtenRows(db));

        given().contentType(ContentType.JSON).body(all)
                .when().post(PUSH)
                .then().statusCode(200).body("importCount.imported", equalTo(2500));
        assertEquals(before[0] + 2500, Fixtures.count(db, "select count(*) from budget"));
        assertEquals(before[2] + 2500, Fixtures.count(db, "select count(*) from outbox_message"));
        given().when().get("/api/v1/budgets/" + units.get(24) + "/2100")
                .then().statusCode(200).body("initialBudget", equalTo("2100.50"));
    }

    @Test
    void csvUsesTheSamePipelineAndSpreadsheetRowNumbers() {
        String template = given().when().get(PUSH + "/template.csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("budget-import-template.csv"))
                .extract().asString();
        String[] lines = template.replace("\uFEFF", "").split("\r\n");
        assertTrue(lines[0].startsWith("unitCode,fiscalYear,amountUnit,initialBudget"), lines[0]);
        assertTrue(lines[0].contains("fundSourceExpenditure.GENERAL_APPROPRIATION"), lines[0]);

        // the template's own example row passes validation once its unit exists
        String unit = Fixtures.registerUnit("620201001");
        String fromTemplate = "\uFEFF" + lines[0] + "\r\n" + lines[1].replaceFirst("^[^,]+", unit) + "\r\n";
        csv(fromTemplate).then().statusCode(200).body("importCount.imported", equalTo(1));

        String csv = """
                unitCode,fiscalYear,amountUnit,initialBudget,actualExpenditure,fundSourceExpenditure.财政拨款
                %s,2023,万元,"1,234.50",100,100
                %s,2023,元,-5,,
                """.formatted(unit, unit);
        csv(csv).then().statusCode(422)
                .body("conflicts[0].row", equalTo(3))
                .body("conflicts.code", hasItem("DUPLICATE_ROW"))
                .body("conflicts.code", hasItem("NEGATIVE_AMOUNT"));
        csv(csv.substring(0, csv.lastIndexOf(unit))).then().statusCode(200);
        given().when().get("/api/v1/budgets/" + unit + "/2023")
                .then().statusCode(200)
                .body("initialBudget", equalTo("12345000.00"))
                .body("fundSourceExpenditure.GENERAL_APPROPRIATION", equalTo("1000000.00"));

        csv("unitCode,fiscalYear,amountUnit,initialBudget,bogus\n" + unit + ",2023,元,1,x\n")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body")).body("errors[0].code", equalTo("MALFORMED_CSV"));
        csv("unitCode,fiscalYear,amountUnit,initialBudget\n" + unit + ",2024,元\n")
                .then().statusCode(422).body("conflicts[0].code", equalTo("WRONG_COLUMN_COUNT"));
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A workbook whose first sheet holds {@code rows}; a Number is written as a number cell, anything else as text. */
    static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("budgets");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Response xlsx(byte[] workbook, String... query) {
        var request = given().contentType(XLSX).body(workbook);
        for (int i = 0; i + 1 < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.when().post(PUSH);
    }

    @Test
    void xlsxUsesTheSamePipelineWithSheetRowNumbersAndExactAmounts() throws Exception {
        byte[] template = given().when().get(PUSH + "/template.xlsx")
                .then().statusCode(200).contentType(startsWith(XLSX))
                .header("Content-Disposition", containsString("budget-import-template.xlsx"))
                .extract().asByteArray();
        String unit = Fixtures.registerUnit("620201001");
        byte[] filled;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("unitCode", sheet.getRow(0).getCell(0).getStringCellValue());
            sheet.getRow(1).getCell(0).setCellValue(unit);
            book.write(out);
            filled = out.toByteArray();
        }
        xlsx(filled).then().statusCode(200).body("importCount.imported", equalTo(1));
        given().when().get("/api/v1/budgets/" + unit + "/2024")
                .then().statusCode(200).body("initialBudget", equalTo("5200000.00"));

        List<Object> header = List.of("unitCode", "fiscalYear", "amountUnit", "initialBudget", "actualExpenditure",
                "fundSourceExpenditure.财政拨款");
        byte[] bad = xlsx(List.of(header,
                List.of(unit, 2023, "万元", 31385.997668, "100", 100),
                Arrays.asList(null, null, null, null, null, null),
                List.of(unit, 2023, "元", -5),
                List.of(unit, 2022, "元", "1.234")));
        long[] before = Fixtures.writtenRows(db);
        xlsx(bad).then().statusCode(422).contentType("application/problem+json")
                .body("total", equalTo(3))
                .body("conflicts.find { it.row == 4 && it.code == 'DUPLICATE_ROW' }", notNullValue())
                .body("conflicts.find { it.row == 4 && it.code == 'NEGATIVE_AMOUNT' }", notNullValue())
                .body("conflicts.find { it.row == 5 && it.code == 'TOO_MANY_DECIMALS' }", notNullValue());
        assertArrayEquals(before, Fixtures.writtenRows(db), "an atomic XLSX push that fails writes nothing");

        xlsx(bad, "mode", "PER_ROW").then().statusCode(200)
                .body("importStatus", equalTo("WARNING"))
                .body("importCount.imported", equalTo(1))
                .body("importCount.conflicts", equalTo(2));
        given().when().get("/api/v1/budgets/" + unit + "/2023")
                .then().statusCode(200)
                .body("initialBudget", equalTo("313859976.68"))
                .body("fundSourceExpenditure.GENERAL_APPROPRIATION", equalTo("1000000.00"));
    }

    @Test
    void anXlsxBodyThatIsNoWorkbookOrHasAnUnknownColumnIsAProblemNamingTheBody() {
        long[] before = Fixtures.writtenRows(db);
        for (byte[] body : List.of("unitCode,fiscalYear\n".getBytes(StandardCharsets.UTF_8), new byte[0],
                xlsx(List.of(List.of("unitCode", "bogus"), List.of("U1", "x"))))) {
            xlsx(body).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("body"))
                    .body("errors[0].code", equalTo("MALFORMED_XLSX"));
        }
        assertArrayEquals(before, Fixtures.writtenRows(db));
    }

    @Test
    void anXlsxReplayWithTheSameKeyReturnsTheFirstAnswer() {
        String unit = Fixtures.registerUnit("620201001");
        byte[] body = xlsx(List.of(List.of("unitCode", "fiscalYear", "amountUnit", "initialBudget"),
                List.of(unit, 2023, "元", 100)));
        String key = "xlsx-" + UUID.randomUUID();
        String first = given().contentType(XLSX).header("Idempotency-Key", key).body(body).when().post(PUSH)
                .then().statusCode(200).body("importCount.imported", equalTo(1)).extract().asString();
        long[] before = Fixtures.writtenRows(db);
        given().contentType(XLSX).header("Idempotency-Key", key).body(body).when().post(PUSH)
                .then().statusCode(200).header("Idempotent-Replayed", "true").body(equalTo(first));
        assertArrayEquals(before, Fixtures.writtenRows(db));
    }

    private static Response csv(String text) {
        return given().contentType("text/csv; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post(PUSH);
    }

    @Test
    void badOptionsAndUnreadableBodiesAreProblemsNamingTheirSource() {
        String unit = Fixtures.registerUnit("620201001");
        String body = "[" + row(unit, 2023, "YUAN", "1") + "]";
        Map<String, String> badQueries = Map.of("mode", "ALL_OR_NOTHING", "dryRun", "yes");
        long[] before = Fixtures.writtenRows(db);
        badQueries.forEach((name, value) -> given().contentType(ContentType.JSON).queryParam(name, value).body(body)
                .when().post(PUSH)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(name)));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "has spaces").body(body)
                .when().post(PUSH).then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        given().contentType(ContentType.JSON).header("X-Source-System", "a b").body(body)
                .when().post(PUSH).then().statusCode(400).body("errors[0].field", equalTo("X-Source-System"));
        for (String unreadable : List.of("", "[", "{}", "{\"rows\":{}}", "\"rows\"", "42", "[{\"unitCode\":}]",
                body + "garbage", "{\"rows\":[],\"more\":1}", "[{\"unitCode\":\"" + unit + "\"")) {
            given().contentType(ContentType.JSON).body(unreadable)
                    .when().post(PUSH)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("body"));
        }
        given().contentType(ContentType.TEXT).body("hello").when().post(PUSH)
                .then().statusCode(415).contentType("application/problem+json");
        assertArrayEquals(before, Fixtures.writtenRows(db));
    }

    @Test
    void theOpenApiDocumentDescribesThePushAndItsAnswers() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/imports/budgets'.post.summary", containsString("Push budgets"))
                .body("paths.'/api/v1/imports/budgets'.post.requestBody.content.'text/csv'", notNullValue())
                .body("paths.'/api/v1/imports/budgets'.post.responses.'422'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/api/v1/imports/budgets/template.csv'.get.summary", containsString("template"))
                .body("paths.'/api/v1/imports/budgets/template.xlsx'.get.summary", containsString("XLSX template"))
                .body("paths.'/api/v1/imports/budgets'.post.requestBody.content.'%s'".formatted(XLSX), notNullValue())
                .body("paths.'/api/v1/imports/budgets/jobs'.post.responses.'202'", notNullValue())
                .body("paths.'/api/v1/imports/budgets/jobs/{jobId}'.get.summary", containsString("import job"))
                .body("paths.'/api/v1/budgets/aggregates'.get.summary", containsString("Region"))
                .body("paths.'/api/v1/budgets/{unitCode}/{fiscalYear}/history'.get.summary", containsString("change"))
                .body("paths.'/api/v1/units/{unitCode}/profiles/{fiscalYear}'.put.summary", containsString("profile"))
                .body("components.schemas.ImportSummary.properties.conflicts", notNullValue())
                .body("components.schemas.BudgetRow.properties.amountUnit", notNullValue());
    }

    /**
     * The corpus of bad pushes: each names a rule (or a wrong type, a missing field, a huge number, SQL or markup
     * text) and the field and code it must be refused with. {@code U} stands for a registered unit; a case with a
     * valid first row proves that atomic mode applies nothing when a later row fails.
     */
    static Stream<Arguments> badPushes() {
        String ok = "{\"unitCode\":\"U\",\"fiscalYear\":2023,\"amountUnit\":\"YUAN\",\"initialBudget\":\"100.00\"";
        return Stream.of(
                bad("negative amount", ok.replace("100.00", "-5") + "}", "initialBudget", "NEGATIVE_AMOUNT"),
                bad("full-width negative", ok.replace("100.00", "－５") + "}", "initialBudget", "NEGATIVE_AMOUNT"),
                bad("negative actual", ok + ",\"actualExpenditure\":\"-0.01\"}", "actualExpenditure", "NEGATIVE_AMOUNT"),
                bad("negative carry-over", ok + ",\"carryOver\":-3}", "carryOver", "NEGATIVE_AMOUNT"),
                bad("three decimals in 元", ok.replace("100.00", "1.234") + "}", "initialBudget", "TOO_MANY_DECIMALS"),
                bad("seven decimals in 万元", ok.replace("YUAN", "TEN_THOUSAND_YUAN").replace("100.00", "1.2345678") + "}",
                        "initialBudget", "TOO_MANY_DECIMALS"),
                bad("JSON number with three decimals", ok.replace("\"100.00\"", "0.001") + "}", "initialBudget",
                        "TOO_MANY_DECIMALS"),
                bad("basic + project ≠ total", ok + ",\"actualExpenditure\":\"100\",\"basicExpenditure\":\"60\","
                        + "\"projectExpenditure\":\"30\"}", "actualExpenditure", "BASIC_PLUS_PROJECT_NOT_TOTAL"),
                bad("personnel + operating ≠ basic", ok + ",\"basicExpenditure\":\"60\",\"personnelExpenditure\":\"50\","
                        + "\"operatingExpenditure\":\"20\"}", "basicExpenditure", "PERSONNEL_PLUS_OPERATING_NOT_BASIC"),
                bad("fund sources ≠ all-source total", ok + ",\"allSourceExpenditure\":\"10\",\"fundSourceExpenditure\":"
                        + "{\"GENERAL_APPROPRIATION\":\"5\",\"UNIT_OWN\":\"4\"}}", "allSourceExpenditure",
                        "FUND_SOURCES_NOT_TOTAL"),
                bad("adjusted without initial", "{\"unitCode\":\"U\",\"fiscalYear\":2023,\"amountUnit\":\"YUAN\","
                        + "\"adjustedBudget\":\"5\"}", "initialBudget", "ADJUSTED_WITHOUT_INITIAL"),
                bad("unknown unit", ok.replace("\"U\"", "\"NO-SUCH-UNIT\"") + "}", "unitCode", "UNKNOWN_UNIT"),
                bad("year before range", ok.replace("2023", "1999") + "}", "fiscalYear", "FISCAL_YEAR_OUT_OF_RANGE"),
                bad("year after range", ok.replace("2023", "2101") + "}", "fiscalYear", "FISCAL_YEAR_OUT_OF_RANGE"),
                bad("year beyond int", ok.replace("2023", "99999999999") + "}", "fiscalYear", "FISCAL_YEAR_OUT_OF_RANGE"),
                bad("negative year", ok.replace("2023", "-2023") + "}", "fiscalYear", "FISCAL_YEAR_OUT_OF_RANGE"),
                bad("the same row twice", ok + "}," + ok + "}", "row", "DUPLICATE_ROW"),
                bad("letters", ok.replace("100.00", "abc") + "}", "initialBudget", "NOT_NUMERIC"),
                bad("trailing letter", ok.replace("100.00", "12a") + "}", "initialBudget", "NOT_NUMERIC"),
                bad("exponent text", ok.replace("100.00", "1e5") + "}", "initialBudget", "NOT_NUMERIC"),
                bad("exponent JSON number", ok.replace("\"100.00\"", "1E+5") + "}", "initialBudget", "NOT_NUMERIC"),
                bad("misplaced commas", ok.replace("100.00", "1,2,3") + "}", "initialBudget", "NOT_NUMERIC"),
                bad("inner blank", ok.replace("100.00", "1 000") + "}", "initialBudget", "NOT_NUMERIC"),
                bad("two points", ok.replace("100.00", "1.2.3") + "}", "initialBudget", "NOT_NUMERIC"),
                bad("blank initial", ok.replace("100.00", "  ") + "}", "initialBudget", "MISSING_FIELD"),
                bad("no initial", "{\"unitCode\":\"U\",\"fiscalYear\":2023,\"amountUnit\":\"YUAN\"}", "initialBudget",
                        "MISSING_FIELD"),
                bad("no unit code", "{\"fiscalYear\":2023,\"amountUnit\":\"YUAN\",\"initialBudget\":\"1\"}", "unitCode",
                        "MISSING_FIELD"),
                bad("null unit code", ok.replace("\"U\"", "null") + "}", "unitCode", "MISSING_FIELD"),
                bad("no year", "{\"unitCode\":\"U\",\"amountUnit\":\"YUAN\",\"initialBudget\":\"1\"}", "fiscalYear",
                        "MISSING_FIELD"),
                bad("no amount unit", "{\"unitCode\":\"U\",\"fiscalYear\":2023,\"initialBudget\":\"1\"}", "amountUnit",
                        "MISSING_UNIT"),
                bad("unknown amount unit", ok.replace("\"YUAN\"", "\"DOLLAR\"") + "}", "amountUnit", "UNKNOWN_AMOUNT_UNIT"),
                bad("amount unit 亿元", ok.replace("\"YUAN\"", "\"亿元\"") + "}", "amountUnit", "UNKNOWN_AMOUNT_UNIT"),
                bad("amount unit as object", ok.replace("\"YUAN\"", "{}") + "}", "amountUnit", "WRONG_TYPE"),
                bad("amount as boolean", ok.replace("\"100.00\"", "true") + "}", "initialBudget", "WRONG_TYPE"),
                bad("amount as array", ok.replace("\"100.00\"", "[1]") + "}", "initialBudget", "WRONG_TYPE"),
                bad("amount as object", ok.replace("\"100.00\"", "{\"v\":1}") + "}", "initialBudget", "WRONG_TYPE"),
                bad("unit code as object", ok.replace("\"U\"", "{\"code\":\"U\"}") + "}", "unitCode", "WRONG_TYPE"),
                bad("year as text", ok.replace("2023", "\"twenty\"") + "}", "fiscalYear", "NOT_AN_INTEGER"),
                bad("year with decimals", ok.replace("2023", "2023.5") + "}", "fiscalYear", "NOT_AN_INTEGER"),
                bad("year as boolean", ok.replace("2023", "true") + "}", "fiscalYear", "WRONG_TYPE"),
                bad("negative head count", ok + ",\"authorisedPosts\":-1}", "authorisedPosts", "NEGATIVE_COUNT"),
                bad("head count as text", ok + ",\"staffInPost\":\"many\"}", "staffInPost", "NOT_AN_INTEGER"),
                bad("huge head count", ok + ",\"staffInPost\":99999999999}", "staffInPost", "TOO_LARGE"),
                bad("huge amount text", ok.replace("100.00", "1" + "0".repeat(20)) + "}", "initialBudget", "TOO_LARGE"),
                bad("huge JSON integer", ok.replace("\"100.00\"", "99999999999999999999") + "}", "initialBudget",
                        "TOO_LARGE"),
                bad("a fen above 10^15 元", ok.replace("100.00", "1000000000000000.01") + "}", "initialBudget",
                        "TOO_LARGE"),
                bad("above 10^15 元 in 万元", ok.replace("YUAN", "TEN_THOUSAND_YUAN").replace("100.00", "100000000001")
                        + "}", "initialBudget", "TOO_LARGE"),
                bad("JSON number beyond double", ok.replace("\"100.00\"", "1e400") + "}", "initialBudget", "NOT_NUMERIC"),
                bad("万元 suffix on a 元 row", ok.replace("100.00", "5万元") + "}", "initialBudget", "UNIT_MISMATCH"),
                bad("元 suffix on a 万元 row", ok.replace("YUAN", "TEN_THOUSAND_YUAN").replace("100.00", "3元") + "}",
                        "initialBudget", "UNIT_MISMATCH"),
                bad("SQL in the unit code", ok.replace("\"U\"", "\"'; drop table budget; --\"") + "}", "unitCode",
                        "UNKNOWN_UNIT"),
                bad("SQL in an amount", ok.replace("100.00", "1; delete from budget") + "}", "initialBudget", "NOT_NUMERIC"),
                bad("SQL as a field name", ok + ",\"x'); delete from budget; --\":\"1\"}",
                        "x'); delete from budget; --", "UNKNOWN_FIELD"),
                bad("script in the unit code", ok.replace("\"U\"", "\"<script>alert(1)</script>\"") + "}", "unitCode",
                        "UNKNOWN_UNIT"),
                bad("script in an amount", ok.replace("100.00", "<script>alert(1)</script>") + "}", "initialBudget",
                        "NOT_NUMERIC"),
                bad("script in a name field", ok + ",\"name\":\"<script>alert(1)</script>\"}", "name", "UNKNOWN_FIELD"),
                bad("misspelt field", ok + ",\"actualExpenditrue\":\"5\"}", "actualExpenditrue", "UNKNOWN_FIELD"),
                bad("field given twice", ok + ",\"initialBudget\":\"7\"}", "initialBudget", "DUPLICATE_FIELD"),
                bad("row as text", "\"U,2023,YUAN,1\"", "row", "WRONG_TYPE"),
                bad("row as null", "null", "row", "WRONG_TYPE"),
                bad("row as array", "[\"U\",2023]", "row", "WRONG_TYPE"),
                bad("unknown fund source", ok + ",\"fundSourceExpenditure\":{\"BITCOIN\":\"1\"}}",
                        "fundSourceExpenditure.BITCOIN", "UNKNOWN_FUND_SOURCE"),
                bad("negative fund source", ok + ",\"fundSourceExpenditure\":{\"UNIT_OWN\":\"-1\"}}",
                        "fundSourceExpenditure.UNIT_OWN", "NEGATIVE_AMOUNT"),
                bad("fund sources as array", ok + ",\"fundSourceExpenditure\":[\"1\"]}", "fundSourceExpenditure",
                        "WRONG_TYPE"),
                bad("a good row, then a bad one", ok + "}," + ok.replace("2023", "2024").replace("100.00", "-1") + "}",
                        "initialBudget", "NEGATIVE_AMOUNT"),
                bad("a megabyte of text", ok.replace("100.00", "9".repeat(1_000_000)) + "}", "initialBudget",
                        "TOO_LARGE"));
    }

    private static Arguments bad(String name, String rows, String field, String code) {
        return Arguments.of(name, "[" + rows + "]", field, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPushes")
    void aBadPushIsRefusedPerRowAndChangesNothing(String name, String body, String field, String code) {
        String unit = corpusUnit();
        long[] before = Fixtures.writtenRows(db);
        given().contentType(ContentType.JSON).header("X-Request-Id", "corpus").body(body.replace("\"U\"", "\"" + unit + "\""))
                .when().post(PUSH)
                .then().statusCode(422).contentType("application/problem+json")
                .body("importStatus", equalTo("ERROR"))
                .body("importCount.imported", equalTo(0))
                .body("importCount.updated", equalTo(0))
                .body("conflicts.find { it.field == '%s' && it.code == '%s' }".formatted(field.replace("'", "\\'"), code),
                        notNullValue())
                .body("conflicts.row", everyItem(greaterThan(0)))
                .body("conflicts.message", everyItem(notNullValue()));
        assertArrayEquals(before, Fixtures.writtenRows(db), "a refused push wrote nothing");
        given().when().get("/api/v1/budgets/" + unit + "/2023").then().statusCode(404);
    }

    @Test
    void theCorpusCoversAtLeastFiftyBadPushes() {
        assertTrue(badPushes().count() >= 50);
    }

    private static String corpusUnitCode;

    private static synchronized String corpusUnit() {
        if (corpusUnitCode == null) {
            corpusUnitCode = Fixtures.registerUnit("620209001");
        }
        return corpusUnitCode;
    }
}
