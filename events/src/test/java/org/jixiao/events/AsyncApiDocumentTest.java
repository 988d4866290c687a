package org.jixiao.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** asyncapi.yaml describes the topics and event records of this module as the services really send them. */
class AsyncApiDocumentTest {

    private static final AsyncApiDocument DOC = AsyncApiDocument.load();

    /** Configured like every service's mapper (commons DecimalsAsStrings): decimals leave as plain strings. */
    private static final ObjectMapper SERVICE_JSON = new ObjectMapper();

    static {
        SERVICE_JSON.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        SERVICE_JSON.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    private static final UUID ID = UUID.fromString("5f0c2a5e-8d4b-4d8a-bb43-6a1e2f7d9c10");

    /** Topic, event type, the record as a service builds it, and the record key it is sent with. */
    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(Topics.EVALUATION_FINALIZED, EventTypes.EVALUATION_FINALIZED,
                        new EvaluationFinalized(ID, 2, "620201001", 2023, "FINANCE", new BigDecimal("1E+2"), "优"),
                        "620201001"),
                Arguments.of(Topics.EVALUATION_FINALIZED, EventTypes.EVALUATION_FINALIZED,
                        new EvaluationFinalized(ID, 1, "u-1", 2024, "SELF", new BigDecimal("0.05"), "差"), "u-1"),
                Arguments.of(Topics.REPORT_GENERATED, EventTypes.REPORT_GENERATED,
                        new ReportGenerated(UUID.randomUUID(), ID, 1, "620201001", 2023,
                                List.of("html", "docx", "pdf", "xlsx")), "620201001"),
                Arguments.of(Topics.BUDGET_UPDATED, EventTypes.BUDGET_UPDATED,
                        new BudgetUpdated("620201001", 2023), "620201001"),
                Arguments.of(Topics.FRAMEWORK_PUBLISHED, EventTypes.FRAMEWORK_PUBLISHED,
                        new FrameworkPublished(ID, "jiayuguan-street-2022", 3, "街道整体支出", 24),
                        "jiayuguan-street-2022"),
                Arguments.of(Topics.DECLARATION_APPROVED, EventTypes.DECLARATION_APPROVED,
                        new DeclarationApproved(UUID.randomUUID(), "620201001", 2024, ID, "jiayuguan-street-2022", 1,
                                24), "620201001"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void eachSerialisedRecordIsValidAgainstItsTopicsSchemas(String topic, String type, Record event, String key)
            throws Exception {
        String json = SERVICE_JSON.writeValueAsString(event);
        assertEquals(List.of(), DOC.payloadViolations(topic, json), json);
        assertEquals(List.of(), DOC.keyViolations(topic, key));
        String subject = type.equals(EventTypes.BUDGET_UPDATED) ? key + "/2023"
                : DOC.message(topic).path("examples").get(0).path("headers").path("ce_subject").asText();
        assertEquals(List.of(), DOC.headerViolations(topic, headers(topic, type, subject)));
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyRecordComponentIsAPropertyAndEveryPropertyAComponent(String topic, String type, Record event) {
        JsonNode schema = DOC.tree().at(DOC.message(topic).path("payload").path("$ref").asText().substring(1));
        Set<String> properties = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> components = Arrays.stream(event.getClass().getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(components, properties, topic);
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        // the services write every field, null included; the schema lists them all as present
        assertEquals(components, required, topic);
    }

    @Test
    void everyTopicHasAChannelAndEveryChannelATopic() {
        assertEquals(new HashSet<>(Topics.ALL), new HashSet<>(DOC.topics().values()));
    }

    @Test
    void everyTopicsHeaderSchemaNamesItsEventType() throws Exception {
        Map<String, String> typeOfTopic = new LinkedHashMap<>();
        for (Field field : Topics.class.getFields()) {
            if (field.getType() == String.class) {
                typeOfTopic.put((String) field.get(null), (String) EventTypes.class.getField(field.getName()).get(null));
            }
        }
        assertEquals(Topics.ALL.size(), typeOfTopic.size());
        typeOfTopic.forEach((topic, type) -> {
            assertEquals(List.of(), DOC.headerViolations(topic, headers(topic, type,
                    DOC.message(topic).path("examples").get(0).path("headers").path("ce_subject").asText())));
            String other = type.equals(EventTypes.BUDGET_UPDATED) ? EventTypes.REPORT_GENERATED : EventTypes.BUDGET_UPDATED;
            assertFalse(DOC.headerViolations(topic, headers(topic, other, "x")).isEmpty(), topic + " accepts " + other);
        });
    }

    @Test
    void everyExampleIsValid() {
        for (String topic : Topics.ALL) {
            JsonNode message = DOC.message(topic);
            assertTrue(message.path("examples").size() > 0, topic + " has no example");
            for (JsonNode example : message.path("examples")) {
                assertEquals(List.of(), DOC.violations(message.path("payload").path("$ref").asText(),
                        example.path("payload")), topic);
                assertEquals(List.of(), DOC.violations(message.path("headers").path("$ref").asText(),
                        example.path("headers")), topic);
            }
        }
    }

    @Test
    void theValidatorRefusesWhatTheServicesNeverSend() throws Exception {
        String numberTotal = new ObjectMapper().writeValueAsString(
                new EvaluationFinalized(ID, 1, "620201001", 2023, "FINANCE", new BigDecimal("92.30"), "优"));
        assertFalse(DOC.payloadViolations(Topics.EVALUATION_FINALIZED, numberTotal).isEmpty(),
                "a JSON number for a decimal: " + numberTotal);
        assertFalse(DOC.payloadViolations(Topics.BUDGET_UPDATED, "{\"unitCode\":\"620201001\"}").isEmpty());
        assertFalse(DOC.payloadViolations(Topics.REPORT_GENERATED, SERVICE_JSON.writeValueAsString(
                new ReportGenerated(ID, ID, 1, "u", 2023, List.of("odt")))).isEmpty());
        assertFalse(DOC.keyViolations(Topics.BUDGET_UPDATED, null).isEmpty());
        Map<String, String> noId = headers(Topics.BUDGET_UPDATED, EventTypes.BUDGET_UPDATED, "u/2023");
        noId.remove("ce_id");
        assertFalse(DOC.headerViolations(Topics.BUDGET_UPDATED, noId).isEmpty());
    }

    /** The headers SmallRye's Kafka connector writes for the outbox's OutgoingCloudEventMetadata (binary mode). */
    static Map<String, String> headers(String topic, String type, String subject) {
        String service = switch (topic) {
            case Topics.EVALUATION_FINALIZED -> "scoring-service";
            case Topics.REPORT_GENERATED -> "report-service";
            case Topics.BUDGET_UPDATED -> "budget-service";
            default -> "indicator-service";
        };
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", UUID.randomUUID().toString());
        headers.put("ce_source", "/jixiao/" + service);
        headers.put("ce_type", type);
        headers.put("ce_subject", subject);
        headers.put("ce_time", "2024-03-18T08:15:30.123456Z");
        headers.put("ce_datacontenttype", "application/json");
        headers.put("content-type", "application/json");
        return headers;
    }
}
