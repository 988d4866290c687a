package org.jixiao.commons.web;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.jixiao.commons.problem.Problem;

/**
 * Documents, on every /api operation of every service, the problem+json answers it may give and the bearer token it
 * needs: one place instead of an annotation per resource (which would also hide the generated success response).
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String BEARER = "bearer";
    private static final Map<String, String> ANSWERS = Map.of(
            "400", "Invalid input: `errors` names each bad field with a stable code and why",
            "401", "No valid bearer token (missing, expired, wrong signature or issuer)",
            "403", "The caller's role may not do this",
            "404", "No such resource, or not visible in the caller's region",
            "409", "Conflicts with the resource's current state");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", string("budgets[3].adjustedBudget"))
                .addProperty("code", string("NEGATIVE_AMOUNT"))
                .addProperty("message", string("must not be negative")));
        components.addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .addProperty("type", string("https://jixiao.org/problems/validation"))
                .addProperty("title", string("Invalid request"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).examples(List.of(400)))
                .addProperty("detail", string("fiscalYear: must be between 2000 and 2100"))
                .addProperty("instance", string("/api/v1/budgets/620201001/1899"))
                .addProperty("requestId", string("3f2b…"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("Token of the provincial identity provider; locally deploy/local/token.sh <role> <region>"));
        openAPI.setComponents(components);
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(ProblemResponsesFilter::document);
            }
        });
    }

    private static void document(Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        ANSWERS.forEach((status, description) -> {
            // SmallRye adds bare 400/401/403 entries for validated and secured methods; give them the problem body
            APIResponse response = responses.hasAPIResponse(status) ? responses.getAPIResponse(status)
                    : OASFactory.createAPIResponse();
            if (response.getContent() == null) {
                responses.addAPIResponse(status, response.description(description)
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
            }
        });
        operation.setResponses(responses);
        operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
    }

    private static Schema string(String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of(example));
    }
}
