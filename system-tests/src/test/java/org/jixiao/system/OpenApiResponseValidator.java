package org.jixiao.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks answers against the OpenAPI 3.1 documents the services serve, as a validating proxy does: the path and
 * method must be documented, the status too, and a JSON body must match the documented schema (JSON Schema 2020-12,
 * so type arrays with "null" count). The schema checks are networknt's; this class only finds the operation.
 */
final class OpenApiResponseValidator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private record Route(Pattern path, String template, String method, JsonNode operation, JsonNode components) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    /** @param documents the served documents, one per service */
    OpenApiResponseValidator(List<String> documents) throws IOException {
        for (String document : documents) {
            JsonNode doc = JSON.readTree(document);
            Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                Pattern pattern = Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
                path.getValue().fields().forEachRemaining(op -> routes.add(new Route(pattern, path.getKey(),
                        op.getKey().toUpperCase(), op.getValue(), doc.path("components"))));
            }
        }
    }

    /** The violations of one answer (empty when it keeps the contract). */
    List<String> validate(String method, String rawPath, int status, String contentType, byte[] body) {
        String where = method + " " + rawPath + " → " + status;
        Route route = routes.stream().filter(r -> r.method.equals(method) && r.path.matcher(rawPath).matches())
                .findFirst().orElse(null);
        if (route == null) {
            return List.of(where + ": no such operation in the documents");
        }
        JsonNode response = route.operation.path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            response = route.operation.path("responses").path("default");
        }
        if (response.isMissingNode()) {
            return List.of(where + ": status not documented for " + route.method + " " + route.template);
        }
        if (body == null || body.length == 0) {
            return response.path("content").isMissingNode() || status == 204 || status == 304 ? List.of()
                    : List.of(where + ": empty body where " + response.path("content").fieldNames().next() + " is documented");
        }
        String media = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode content = response.path("content").path(media);
        if (content.isMissingNode()) {
            return List.of(where + ": content type '" + media + "' not documented (documented: "
                    + response.path("content").toString() + ")");
        }
        if (!media.endsWith("json")) {
            return List.of();
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            return List.of(where + ": body is not JSON: " + e.getMessage());
        }
        JsonSchema schema = compiled.computeIfAbsent(route.method + " " + route.template + " " + status + " " + media,
                key -> compile(content.path("schema"), route.components));
        Set<ValidationMessage> messages = schema.validate(instance);
        return messages.stream().map(m -> where + " (" + route.template + "): " + m.getMessage()).sorted().toList();
    }

    private static JsonSchema compile(JsonNode schema, JsonNode components) {
        ObjectNode root = schema.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", components);
        return SCHEMAS.getSchema(root);
    }
}
