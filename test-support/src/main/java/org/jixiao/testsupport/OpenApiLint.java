package org.jixiao.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of docs/api.md that a served OpenAPI document must keep, as a list of violations (empty when clean), so
 * that every service's test and the system test check the same contract: what integrators' tools (Spectral,
 * openapi-generator, a validating proxy) would otherwise find first.
 */
public final class OpenApiLint {
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][a-zA-Z0-9]+");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final List<String> ALWAYS = List.of("400", "401", "403", "429", "500", "502", "503", "504");
    /** Parameter names replaced by the suite's vocabulary (docs/api.md, "Vocabulary"). */
    private static final Map<String, String> RETIRED_NAMES = Map.of("region", "regionCode", "year", "fiscalYear",
            "code", "unitCode or frameworkCode", "id", "the resource's own id name, e.g. evaluationId");

    private OpenApiLint() {
    }

    public static List<String> violations(String json) {
        try {
            return violations(new ObjectMapper().readTree(json));
        } catch (java.io.IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    public static List<String> violations(JsonNode doc) {
        List<String> found = new ArrayList<>();
        if (!doc.path("openapi").asText().startsWith("3.1")) {
            found.add("openapi: not 3.1");
        }
        JsonNode info = doc.path("info");
        for (String field : List.of("title", "version", "description")) {
            if (info.path(field).asText().isBlank()) {
                found.add("info." + field + " missing");
            }
        }
        if (info.path("license").path("identifier").asText().isBlank()) {
            found.add("info.license.identifier missing");
        }
        if (info.path("contact").isMissingNode()) {
            found.add("info.contact missing");
        }
        if (!doc.path("servers").isArray() || doc.path("servers").isEmpty()) {
            found.add("servers missing");
        }
        if (doc.path("components").path("securitySchemes").size() != 1 || doc.path("security").size() != 1) {
            found.add("exactly one security scheme, applied globally");
        }
        Set<String> ids = new HashSet<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey()) && path.getKey().startsWith("/api/")) {
                operation(entry.getKey().toUpperCase() + " " + path.getKey(), entry.getValue(), ids, found);
            }
        }));
        doc.path("components").path("schemas").fields().forEachRemaining(schema -> {
            if (schema.getKey().matches(".*\\d$")) {
                found.add("schema " + schema.getKey() + ": a numbered name means two classes share a schema name");
            }
        });
        return found;
    }

    private static void operation(String where, JsonNode op, Set<String> ids, List<String> found) {
        String id = op.path("operationId").asText();
        if (!OPERATION_ID.matcher(id).matches()) {
            found.add(where + ": operationId missing or not camelCase: '" + id + "'");
        } else if (!ids.add(id)) {
            found.add(where + ": operationId '" + id + "' is used twice");
        }
        if (op.path("summary").asText().isBlank() || op.path("description").asText().isBlank()) {
            found.add(where + ": summary or description missing");
        }
        if (op.has("security")) {
            found.add(where + ": security must come from the global requirement (roles go in the description)");
        }
        for (JsonNode parameter : op.path("parameters")) {
            String retired = RETIRED_NAMES.get(parameter.path("name").asText());
            if (retired != null) {
                found.add(where + ": parameter '" + parameter.path("name").asText() + "' should be named " + retired);
            }
        }
        JsonNode responses = op.path("responses");
        for (String status : ALWAYS) {
            if (!responses.path(status).path("content").has("application/problem+json")) {
                found.add(where + ": " + status + " not documented with a problem+json body");
            }
        }
        Iterator<Map.Entry<String, JsonNode>> it = responses.fields();
        boolean success = false;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> response = it.next();
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            success = true;
            JsonNode content = response.getValue().path("content");
            if (response.getKey().equals("201")) {
                if (!response.getValue().path("headers").has("Location")) {
                    found.add(where + ": 201 without a Location header");
                }
                if (content.isMissingNode() || content.isEmpty()) {
                    found.add(where + ": 201 without a body schema");
                }
            }
            content.fields().forEachRemaining(media -> {
                JsonNode schema = media.getValue().path("schema");
                if (media.getKey().contains("json")) {
                    if (schema.isMissingNode() || schema.isEmpty()) {
                        found.add(where + ": " + response.getKey() + " " + media.getKey() + " without a schema");
                    } else if (schema.path("type").asText().equals("array")) {
                        found.add(where + ": " + response.getKey() + " answers a bare array; lists answer a Page");
                    } else if (schema.has("properties")) {
                        found.add(where + ": " + response.getKey() + " has an inline object schema; name it");
                    }
                }
            });
        }
        if (!success) {
            found.add(where + ": no success response documented");
        }
        JsonNode body = op.path("requestBody").path("content");
        body.fields().forEachRemaining(media -> {
            if (media.getValue().path("schema").has("properties") && media.getKey().contains("json")) {
                found.add(where + ": request body has an inline object schema; name it");
            }
        });
    }
}
