package org.jixiao.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event catalogue {@code asyncapi.yaml} (in the events jar) as a validator: checks a Kafka record of a topic —
 * its key, its CloudEvent headers and its JSON value — against the schemas the document gives that topic's message.
 * Used by this module's tests with serialised event records and, from the test-jar, by the system tests with the
 * live records of the demo. Needs com.networknt:json-schema-validator and jackson-dataformat-yaml.
 */
public final class AsyncApiDocument {
    public static final String RESOURCE = "asyncapi.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private AsyncApiDocument(JsonNode document) {
        this.document = document;
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    }

    /** The document shipped in the events jar. */
    public static AsyncApiDocument load() {
        try (InputStream in = AsyncApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new AsyncApiDocument(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode tree() {
        return document;
    }

    /** Channel addresses (= Kafka topics) by channel name. */
    public Map<String, String> topics() {
        Map<String, String> topics = new LinkedHashMap<>();
        document.path("channels").fields().forEachRemaining(e -> topics.put(e.getKey(), e.getValue().path("address").asText()));
        return topics;
    }

    /** The pointer ({@code #/components/messages/X}) of the one message of the channel whose address is {@code topic}. */
    public String messageOf(String topic) {
        for (JsonNode channel : document.path("channels")) {
            if (topic.equals(channel.path("address").asText())) {
                JsonNode messages = channel.path("messages");
                if (messages.size() != 1) {
                    throw new IllegalStateException(topic + " must carry exactly one message, has " + messages.size());
                }
                return messages.elements().next().path("$ref").asText();
            }
        }
        throw new IllegalArgumentException("no channel for topic " + topic);
    }

    /** The message component of {@code topic}. */
    public JsonNode message(String topic) {
        return at(messageOf(topic));
    }

    /** Violations of the record value {@code json} against the payload schema of {@code topic}; empty when valid. */
    public List<String> payloadViolations(String topic, String json) {
        try {
            return violations(message(topic).path("payload").path("$ref").asText(), JSON.readTree(json));
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    /** Violations of the record headers (name → UTF-8 value) against the headers schema of {@code topic}. */
    public List<String> headerViolations(String topic, Map<String, String> headers) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        headers.forEach(node::put);
        return violations(message(topic).path("headers").path("$ref").asText(), node);
    }

    /** Violations of the record key against the Kafka key schema of {@code topic}. */
    public List<String> keyViolations(String topic, String key) {
        String ref = Optional.ofNullable(message(topic).path("bindings").path("kafka").path("key").path("$ref").textValue())
                .orElseThrow(() -> new IllegalStateException(topic + " documents no key"));
        return violations(ref, key == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(key));
    }

    /** Violations of the whole record: key, headers and value, each prefixed with what it concerns. */
    public List<String> recordViolations(String topic, String key, Map<String, String> headers, String value) {
        List<String> all = new ArrayList<>();
        keyViolations(topic, key).forEach(v -> all.add("key: " + v));
        headerViolations(topic, headers).forEach(v -> all.add("headers: " + v));
        payloadViolations(topic, value).forEach(v -> all.add("value: " + v));
        return all;
    }

    /** Validates {@code instance} against the schema at {@code pointer} (#/...) of the document, refs resolved within it. */
    public List<String> violations(String pointer, JsonNode instance) {
        if (pointer == null || !pointer.startsWith("#/")) {
            throw new IllegalArgumentException("not a local pointer: " + pointer);
        }
        JsonSchema schema = factory.getSchema(SchemaLocation.of("classpath:" + RESOURCE + pointer), config);
        List<String> messages = new ArrayList<>();
        for (ValidationMessage message : schema.validate(instance)) {
            messages.add(message.getMessage());
        }
        return messages;
    }

    private JsonNode at(String pointer) {
        JsonNode node = document.at(pointer.substring(1));
        if (node.isMissingNode()) {
            throw new IllegalStateException("dangling reference " + pointer);
        }
        return node;
    }
}
