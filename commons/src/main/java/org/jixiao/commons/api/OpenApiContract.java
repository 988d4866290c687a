package org.jixiao.commons.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.jixiao.commons.problem.Problem;

/**
 * The parts of every service's OpenAPI document that are the same rule everywhere (docs/api.md), kept in one place
 * instead of an annotation per resource: the problem+json answers each operation may give, one bearer-JWT scheme
 * applied globally with the allowed roles stated in each operation's description, the gateway as server, the
 * Location header of every 201, and response schemas that say truthfully which fields are present and which may be
 * null.
 */
public class OpenApiContract implements OASFilter {
    static final String BEARER = "bearerAuth";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String SCHEMA_PREFIX = "#/components/schemas/";
    private static final Set<String> PAGE_FIELDS = Set.of("items", "page", "size", "total");
    private static final String AUDIT_PATH = "/api/v1/audit/";
    private static final Set<String> INLINED_FORMATS = Set.of("date-time", "date", "uuid");

    /** Every error status the suite answers, each with the problem+json body; which operations get which: {@link #errorsOf}. */
    static final Map<String, String> ERRORS = errors();

    private static Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Invalid input: `errors` names each bad field or parameter with a stable code and why");
        errors.put("401", "No valid bearer token (missing, expired, wrong signature or issuer)");
        errors.put("403", "The caller's role or region may not do this");
        errors.put("404", "No such resource, or not visible in the caller's region");
        errors.put("409", "Conflicts with the resource's current state or version");
        errors.put("413", "The request body is larger than the gateway's limit");
        errors.put("415", "The request body's media type is not accepted");
        errors.put("422", "Well-formed, but refused by a business rule; `errors` says which");
        errors.put("429", "Too many requests from this caller; retry after the `Retry-After` seconds");
        errors.put("500", "Unexpected fault; quote `requestId` when reporting it");
        errors.put("502", "The service behind the gateway is unavailable");
        errors.put("503", "A transient failure (database or a service it needs); retry after `Retry-After` seconds");
        errors.put("504", "The service behind the gateway did not answer in time");
        return Map.copyOf(errors);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        describeSuite(openAPI);
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One offending field or parameter")
                .addProperty("field", string("budgets[3].adjustedBudget"))
                .addProperty("code", string("NEGATIVE_AMOUNT"))
                .addProperty("message", string("must not be negative"))
                .required(List.of("field", "code", "message")));
        components.addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details (application/problem+json)")
                .addProperty("type", string("https://jixiao.org/problems/validation"))
                .addProperty("title", string("Invalid request"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).examples(List.of(400)))
                .addProperty("detail", string("fiscalYear: must be between 2000 and 2100"))
                .addProperty("instance", string("/api/v1/budgets/620201001/1899"))
                .addProperty("requestId", string("3f2b8c1e-5d7a-4c2e-9b1f-0a6d2e4c8b1a"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("One entry per offending field; absent when the problem is not about a field")
                        .items(OASFactory.createSchema().ref(SCHEMA_PREFIX + "FieldError")))
                .required(List.of("type", "title", "status")));
        components.setSecuritySchemes(new LinkedHashMap<>(Map.of(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("RS256 token of the provincial identity provider, carrying `groups` (roles) and `region`; "
                        + "locally `deploy/local/token.sh <role> <region> [unit]`"))));
        openAPI.setComponents(components);
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER)));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
        Map<String, Schema> schemas = components.getSchemas() == null ? Map.of() : Map.copyOf(components.getSchemas());
        visitSchemas(openAPI, schema -> cleanReference(schema, schemas));
        schemas.forEach((name, schema) -> {
            if (schema.getProperties() == null && schema.getFormat() != null && INLINED_FORMATS.contains(schema.getFormat())) {
                components.removeSchema(name);
            }
        });
        namePagesAfterTheirItems(openAPI, components);
        new NullabilityRule(components).apply(openAPI);
    }

    /**
     * SmallRye names a {@code Page<UnitResponse>} after the Java class ({@code PageUnitResponse}) although the item's
     * schema is called {@code Unit}; a page is named after its item's schema instead ({@code PageUnit}), so that the
     * names a generated client shows are the document's own.
     */
    private static void namePagesAfterTheirItems(OpenAPI openAPI, Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        Map.copyOf(components.getSchemas()).forEach((name, schema) -> {
            Map<String, Schema> properties = schema.getProperties();
            if (!name.startsWith("Page") || properties == null || !properties.keySet().equals(PAGE_FIELDS)) {
                return;
            }
            Schema items = properties.get("items").getItems();
            if (items == null || items.getRef() == null) {
                return;
            }
            String wanted = "Page" + items.getRef().substring(items.getRef().lastIndexOf('/') + 1);
            if (!wanted.equals(name) && !components.getSchemas().containsKey(wanted)) {
                components.removeSchema(name);
                components.addSchema(wanted, schema);
                renamed.put(SCHEMA_PREFIX + name, SCHEMA_PREFIX + wanted);
            }
        });
        visitSchemas(openAPI, schema -> {
            if (schema.getRef() != null && renamed.containsKey(schema.getRef())) {
                schema.setRef(renamed.get(schema.getRef()));
            }
        });
    }

    /**
     * SmallRye writes a field's {@code @Schema(example/description)} beside the {@code $ref} of its type together with
     * a guessed {@code type}; generators then drop the type with a warning, and a decimal's example stays a JSON
     * number although the value is a string. Keep the reference alone, map the decimals SmallRye left as bare numbers
     * to {@code Decimal}, and write dates, times and UUIDs in place rather than as components named after Java classes.
     */
    private static void cleanReference(Schema schema, Map<String, Schema> components) {
        if (schema.getRef() == null && schema.getFormat() == null && components.containsKey("Decimal")
                && List.of(Schema.SchemaType.NUMBER).equals(schema.getType())) {
            // a BigDecimal SmallRye did not map itself (a map's values): floats and doubles carry a format
            schema.setType(null);
            schema.setRef(SCHEMA_PREFIX + "Decimal");
        }
        if (schema.getRef() == null) {
            return;
        }
        Schema target = components.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        if (target != null && target.getProperties() == null && target.getFormat() != null
                && INLINED_FORMATS.contains(target.getFormat())) {
            schema.setRef(null);
            schema.setType(target.getType());
            schema.setFormat(target.getFormat());
            if (schema.getExamples() == null) {
                schema.setExamples(target.getExamples());
            }
            return;
        }
        schema.setType(null);
        if (schema.getRef().endsWith("/Decimal") && schema.getExamples() != null
                && schema.getExamples().stream().anyMatch(Number.class::isInstance)) {
            // an example written as a number would contradict the string type (and is read back as a number when the
            // service loads its build-time document); the Decimal schema's own example stands for it
            schema.setExamples(null);
        }
    }

    /** Calls the visitor on every schema of the document: components, parameters, bodies and answers, nested ones too. */
    static void visitSchemas(OpenAPI openAPI, Consumer<Schema> visitor) {
        Consumer<Schema> deep = new Consumer<>() {
            @Override
            public void accept(Schema schema) {
                if (schema == null) {
                    return;
                }
                visitor.accept(schema);
                if (schema.getProperties() != null) {
                    schema.getProperties().values().forEach(this);
                }
                accept(schema.getItems());
                accept(schema.getAdditionalPropertiesSchema());
                for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                    if (group != null) {
                        group.forEach(this);
                    }
                }
            }
        };
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(deep);
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(parameter -> deep.accept(parameter.getSchema()));
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> deep.accept(m.getSchema()));
            }
            if (op.getResponses() != null) {
                op.getResponses().getAPIResponses().values().stream().filter(r -> r.getContent() != null)
                        .forEach(r -> r.getContent().getMediaTypes().values().forEach(m -> deep.accept(m.getSchema())));
            }
        }));
    }

    private static void describeSuite(OpenAPI openAPI) {
        var config = ConfigProvider.getConfig();
        openAPI.getInfo()
                .license(OASFactory.createLicense().name("Apache License 2.0").identifier("Apache-2.0"))
                .contact(OASFactory.createContact().name("Jixiao maintainers")
                        .url(config.getOptionalValue("jixiao.openapi.contact-url", String.class).orElse("https://jixiao.org"))
                        .email(config.getOptionalValue("jixiao.openapi.contact-email", String.class).orElse("api@jixiao.org")));
        openAPI.setServers(List.of(OASFactory.createServer()
                .url(config.getOptionalValue("jixiao.openapi.server-url", String.class).orElse("http://127.0.0.1:8080"))
                .description("The Jixiao gateway: every /api/v1 path of every service")));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (path.startsWith(AUDIT_PATH)) {
            // one commons endpoint, served by each service under its own path: one id per service, unique in the suite
            String service = path.substring(AUDIT_PATH.length());
            operation.setOperationId("list" + Character.toUpperCase(service.charAt(0)) + service.substring(1) + "AuditEntries");
        }
        Set<String> roles = new TreeSet<>();
        if (operation.getSecurity() != null) {
            operation.getSecurity().stream().map(SecurityRequirement::getSchemes).forEach(s -> s.values().forEach(roles::addAll));
        }
        operation.setSecurity(null);
        String description = operation.getDescription() == null ? operation.getSummary() : operation.getDescription();
        if (!roles.isEmpty()) {
            description = (description == null ? "" : description + "\n\n") + "**Roles:** "
                    + String.join(", ", roles.stream().map(role -> "`" + role + "`").toList())
                    + " (and only within the caller's region, docs/security.md).";
        }
        operation.setDescription(description);

        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        for (String status : errorsOf(path, method, operation.getRequestBody() != null)) {
            // SmallRye adds bare 400/401/403 entries for validated and secured methods; give them the problem body
            APIResponse response = responses.hasAPIResponse(status) ? responses.getAPIResponse(status) : OASFactory.createAPIResponse();
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.description(ERRORS.get(status));
            }
            if (response.getContent() == null) { // an answer documented in the resource (a problem with more fields) stays
                response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
            if (status.equals("429") || status.equals("503")) {
                response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))));
            }
            responses.addAPIResponse(status, response);
        }
        if (responses.hasAPIResponse("201")) {
            responses.getAPIResponse("201").addHeader("Location", OASFactory.createHeader()
                    .description("Path of the created resource").required(true)
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri-reference")));
        }
        operation.setResponses(responses);
    }

    /** The error statuses an operation can answer: the gateway's and the server's for all, the others where they apply. */
    static List<String> errorsOf(String path, PathItem.HttpMethod method, boolean hasBody) {
        List<String> statuses = new ArrayList<>(List.of("400", "401", "403"));
        if (path.contains("{")) {
            statuses.add("404");
        }
        if (method != PathItem.HttpMethod.GET) {
            statuses.add("409");
        }
        if (hasBody) {
            statuses.addAll(List.of("413", "415", "422"));
        }
        statuses.addAll(List.of("429", "500", "502", "503", "504"));
        return statuses;
    }

    private static Schema string(String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of(example));
    }

    /**
     * Jackson writes every field of a response object, null or not, so in a schema that only ever leaves a service
     * every property is required, and a property may be null unless it is declared required in the code (a
     * {@code @Schema(required = true)} or {@code @NotNull} on the record component means "never null"). In a schema
     * that a client sends, only the declared ones are required, and the others may be sent as null.
     */
    static final class NullabilityRule {
        private final Map<String, Schema> schemas;

        NullabilityRule(Components components) {
            this.schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
        }

        void apply(OpenAPI openAPI) {
            Set<String> sent = new HashSet<>();
            Set<String> answered = new HashSet<>();
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> collect(m.getSchema(), sent));
                }
                if (op.getResponses() != null) {
                    op.getResponses().getAPIResponses().values().stream().filter(r -> r.getContent() != null)
                            .flatMap(r -> r.getContent().getMediaTypes().values().stream())
                            .map(MediaType::getSchema).forEach(s -> collect(s, answered));
                }
            }));
            schemas.forEach((name, schema) -> {
                if (schema.getProperties() == null || name.equals("Problem") || name.equals("FieldError")) {
                    return;
                }
                Set<String> declared = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
                Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
                properties.replaceAll((property, definition) -> declared.contains(property) ? definition : nullable(definition));
                schema.setProperties(properties);
                if (answered.contains(name) && !sent.contains(name)) {
                    schema.setRequired(List.copyOf(properties.keySet()));
                }
            });
        }

        private void collect(Schema schema, Set<String> names) {
            if (schema == null) {
                return;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (names.add(name) && schemas.containsKey(name)) {
                    collect(schemas.get(name), names);
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(s -> collect(s, names));
            }
            collect(schema.getItems(), names);
            collect(schema.getAdditionalPropertiesSchema(), names);
            for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (group != null) {
                    group.forEach(s -> collect(s, names));
                }
            }
        }

        private static Schema nullable(Schema property) {
            List<Schema.SchemaType> type = property.getType();
            if (property.getRef() == null && (type == null || type.isEmpty()) && property.getAnyOf() == null
                    && property.getOneOf() == null && property.getAllOf() == null) {
                return property; // any value, null included
            }
            if (property.getRef() == null && type != null && !type.isEmpty()) {
                if (!type.contains(Schema.SchemaType.NULL)) {
                    List<Schema.SchemaType> withNull = new ArrayList<>(type);
                    withNull.add(Schema.SchemaType.NULL);
                    property.setType(withNull);
                    if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                        List<Object> values = new ArrayList<>(property.getEnumeration());
                        values.add(null);
                        property.setEnumeration(values);
                    }
                }
                return property;
            }
            Schema wrapper = OASFactory.createSchema().description(property.getDescription())
                    .anyOf(List.of(withoutDescription(property), OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL))));
            return wrapper;
        }

        private static Schema withoutDescription(Schema property) {
            property.setDescription(null);
            return property;
        }
    }
}
