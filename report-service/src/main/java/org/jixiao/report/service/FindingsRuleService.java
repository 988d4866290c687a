package org.jixiao.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jixiao.commons.audit.AuditTrail;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.commons.problem.Problem.FieldError;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.report.domain.findings.BuiltInFindingsRules;
import org.jixiao.report.domain.findings.Condition;
import org.jixiao.report.domain.findings.FindingsEngine;
import org.jixiao.report.domain.findings.FindingsRule;
import org.jixiao.report.domain.findings.RuleSyntaxException;
import org.jixiao.report.domain.findings.Template;
import org.jixiao.report.repository.FindingsRuleEntity;
import org.jixiao.report.repository.FindingsRuleRepository;
import org.jixiao.report.rest.FindingsRuleDtos.Origin;
import org.jixiao.report.rest.FindingsRuleDtos.RuleRequest;
import org.jixiao.report.rest.FindingsRuleDtos.FindingsRuleResponse;
import jakarta.inject.Inject;

/**
 * The findings catalogue: the built-in rules, each of which a stored rule with the same id replaces (or disables),
 * followed by the custom rules. Every stored rule is parsed before it is stored, so a bad rule never reaches a report.
 */
@ApplicationScoped
public class FindingsRuleService {
    private final FindingsRuleRepository rules;
    private final ReportScope scope;

    @Inject
    AuditTrail audit;

    public FindingsRuleService(FindingsRuleRepository rules, ReportScope scope) {
        this.rules = rules;
        this.scope = scope;
    }

    /**
     * The rules in force for a report of this region, in catalogue order: the national catalogue and the rules of
     * the regions enclosing it. Needs an active transaction or request, but no caller (the Kafka consumer has none).
     */
    public List<FindingsRule> effectiveRules(String regionCode) {
        return catalogue(rules.applyingTo(regionCode)).stream().filter(FindingsRuleResponse::enabled)
                .map(r -> new FindingsRule(r.id(), r.condition(), r.severity(), r.findingTemplate(),
                        r.recommendationTemplate(), r.citation()))
                .toList();
    }

    /** The catalogue the caller may use; empty for a token without a valid region claim. */
    public List<FindingsRuleResponse> catalogue() {
        return scope.caller().region().map(region -> catalogue(rules.usableBy(region))).orElse(List.of());
    }

    private static List<FindingsRuleResponse> catalogue(List<FindingsRuleEntity> usable) {
        Map<String, FindingsRuleEntity> stored = new LinkedHashMap<>();
        usable.forEach(r -> stored.put(r.id, r));
        List<FindingsRuleResponse> result = new ArrayList<>();
        for (FindingsRule builtIn : BuiltInFindingsRules.all()) {
            FindingsRuleEntity override = stored.remove(builtIn.id());
            result.add(override != null ? toResponse(override, Origin.OVERRIDDEN) : builtInResponse(builtIn));
        }
        stored.values().forEach(r -> result.add(toResponse(r, Origin.CUSTOM)));
        return result;
    }

    public FindingsRuleResponse get(String id) {
        FindingsRuleEntity stored = rules.findById(id);
        if (stored != null && scope.canUse(stored.ownerRegion)) {
            return toResponse(stored, builtIn(id).isPresent() ? Origin.OVERRIDDEN : Origin.CUSTOM);
        }
        if (stored == null && scope.caller().region().isPresent()) {
            Optional<FindingsRuleResponse> builtIn = builtIn(id).map(FindingsRuleService::builtInResponse);
            if (builtIn.isPresent()) {
                return builtIn.get();
            }
        }
        throw ProblemException.notFound(ReportScope.RULE, id);
    }

    /** Stores a new custom rule owned by the caller's region (national for a national caller). */
    @Transactional
    public FindingsRuleResponse create(String id, RuleRequest request) {
        String owner = scope.ownRegionAsOwner();
        if (rules.findById(id) != null || builtIn(id).isPresent()) {
            throw ProblemException.conflict("findings rule " + id + " already exists; PUT /api/v1/findings-rules/" + id
                    + " replaces it");
        }
        validate(request);
        audit.record("CREATE", "FindingsRule", id, owner, "if " + request.condition().strip());
        return store(id, null, owner, request);
    }

    /**
     * Creates or replaces the stored rule; for a built-in id this overrides the built-in rule, which is national data
     * (403 for a regional admin). A rule of an enclosing region is readable but not writable (403); an id taken by a
     * region the caller cannot see is 409, exactly as when POST meets it, because ids are one namespace.
     */
    @Transactional
    public FindingsRuleResponse put(String id, RuleRequest request) {
        FindingsRuleEntity entity = rules.findById(id);
        String owner;
        if (builtIn(id).isPresent()) {
            owner = null;
            if (!scope.canWrite(null)) {
                throw ReportScope.forbidden("findings rule " + id + " is national, outside the caller's write scope");
            }
        } else if (entity != null) {
            owner = entity.ownerRegion;
            if (!scope.canUse(owner)) {
                throw ProblemException.conflict("findings rule " + id + " already exists");
            }
            if (!scope.canWrite(owner)) {
                throw ReportScope.forbidden("findings rule " + id + " belongs to "
                        + (owner == null ? "the nation" : "region " + owner) + ", outside the caller's write scope");
            }
        } else {
            owner = scope.ownRegionAsOwner();
        }
        validate(request);
        audit.record(entity == null ? "CREATE" : "UPDATE", "FindingsRule", id, owner,
                (entity == null ? "" : "if " + entity.condition + " -> ") + "if " + request.condition().strip());
        return store(id, entity, owner, request);
    }

    private FindingsRuleResponse store(String id, FindingsRuleEntity existing, String owner, RuleRequest request) {
        OffsetDateTime now = OffsetDateTime.now();
        FindingsRuleEntity entity = existing;
        boolean created = entity == null;
        if (created) {
            entity = new FindingsRuleEntity();
            entity.id = id;
            entity.createdAt = now;
            entity.ownerRegion = owner;
        }
        entity.condition = request.condition().strip();
        entity.severity = request.severity();
        entity.findingTemplate = request.findingTemplate();
        entity.recommendationTemplate = blankToNull(request.recommendationTemplate());
        entity.citation = blankToNull(request.citation());
        entity.enabled = request.enabled() == null || request.enabled();
        entity.updatedAt = now;
        if (created) {
            // the insert carries the entity's state at persist time, so persist once it is complete
            rules.persist(entity);
        }
        return toResponse(entity, builtIn(id).isPresent() ? Origin.OVERRIDDEN : Origin.CUSTOM);
    }

    /** Removes a stored rule; a built-in rule it overrode is in force again. */
    @Transactional
    public void delete(String id) {
        FindingsRuleEntity stored = rules.findById(id);
        if (stored != null && scope.canUse(stored.ownerRegion)) {
            if (!scope.canWrite(stored.ownerRegion)) {
                throw ReportScope.forbidden("findings rule " + id + " belongs to "
                        + (stored.ownerRegion == null ? "the nation" : "region " + stored.ownerRegion)
                        + ", outside the caller's write scope");
            }
            rules.delete(stored);
            audit.record("DELETE", "FindingsRule", id, stored.ownerRegion, "was: if " + stored.condition);
            return;
        }
        if (stored == null && builtIn(id).isPresent() && scope.caller().region().isPresent()) {
            throw scope.canWrite(null)
                    ? ProblemException.conflict("findings rule " + id + " is built in; disable it with PUT and "
                            + "\"enabled\": false")
                    : ReportScope.forbidden("findings rule " + id + " is national, outside the caller's write scope");
        }
        throw ProblemException.notFound(ReportScope.RULE, id);
    }

    /** Parses condition and templates; a syntax error is a 400 naming the field and the position. */
    static void validate(RuleRequest request) {
        List<FieldError> errors = new ArrayList<>();
        check(errors, "condition", () -> Condition.parse(request.condition()));
        check(errors, "findingTemplate", () -> Template.parse(request.findingTemplate()));
        if (request.recommendationTemplate() != null) {
            check(errors, "recommendationTemplate", () -> Template.parse(request.recommendationTemplate()));
        }
        if (errors.isEmpty()) {
            try {
                FindingsEngine.validate(new FindingsRule("candidate", request.condition(), request.severity(),
                        request.findingTemplate(), request.recommendationTemplate(), request.citation()));
            } catch (RuleSyntaxException e) {
                errors.add(new FieldError("condition", "RULE_SYNTAX", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void check(List<FieldError> errors, String field, Runnable parse) {
        try {
            parse.run();
        } catch (RuleSyntaxException e) {
            errors.add(new FieldError(field, "RULE_SYNTAX", e.getMessage()));
        }
    }

    private static Optional<FindingsRule> builtIn(String id) {
        return BuiltInFindingsRules.all().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static FindingsRuleResponse builtInResponse(FindingsRule r) {
        return new FindingsRuleResponse(r.id(), r.condition(), r.severity(), r.findingTemplate(),
                r.recommendationTemplate(), r.citation(), true, Origin.BUILT_IN, null, null);
    }

    private static FindingsRuleResponse toResponse(FindingsRuleEntity r, Origin origin) {
        return new FindingsRuleResponse(r.id, r.condition, r.severity, r.findingTemplate, r.recommendationTemplate,
                r.citation, r.enabled, origin, r.updatedAt, r.ownerRegion);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
