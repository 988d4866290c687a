package org.jixiao.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
import org.jixiao.report.rest.FindingsRuleDtos.RuleResponse;

/**
 * The findings catalogue: the built-in rules, each of which a stored rule with the same id replaces (or disables),
 * followed by the custom rules. Every stored rule is parsed before it is stored, so a bad rule never reaches a report.
 */
@ApplicationScoped
public class FindingsRuleService {
    private final FindingsRuleRepository rules;

    public FindingsRuleService(FindingsRuleRepository rules) {
        this.rules = rules;
    }

    /** The rules in force, in catalogue order; needs an active transaction or request. */
    public List<FindingsRule> effectiveRules() {
        return catalogue().stream().filter(RuleResponse::enabled)
                .map(r -> new FindingsRule(r.id(), r.condition(), r.severity(), r.findingTemplate(),
                        r.recommendationTemplate(), r.citation()))
                .toList();
    }

    public List<RuleResponse> catalogue() {
        Map<String, FindingsRuleEntity> stored = new LinkedHashMap<>();
        rules.allInOrder().forEach(r -> stored.put(r.id, r));
        List<RuleResponse> result = new ArrayList<>();
        for (FindingsRule builtIn : BuiltInFindingsRules.all()) {
            FindingsRuleEntity override = stored.remove(builtIn.id());
            result.add(override != null ? toResponse(override, Origin.OVERRIDDEN) : builtInResponse(builtIn));
        }
        stored.values().forEach(r -> result.add(toResponse(r, Origin.CUSTOM)));
        return result;
    }

    public RuleResponse get(String id) {
        FindingsRuleEntity stored = rules.findById(id);
        if (stored != null) {
            return toResponse(stored, builtIn(id).isPresent() ? Origin.OVERRIDDEN : Origin.CUSTOM);
        }
        return builtIn(id).map(FindingsRuleService::builtInResponse)
                .orElseThrow(() -> ProblemException.notFound("findings rule", id));
    }

    @Transactional
    public RuleResponse create(String id, RuleRequest request) {
        if (rules.findById(id) != null || builtIn(id).isPresent()) {
            throw ProblemException.conflict("findings rule " + id + " already exists; PUT /api/v1/findings-rules/" + id
                    + " replaces it");
        }
        return put(id, request);
    }

    /** Creates or replaces the stored rule; for a built-in id this overrides the built-in rule. */
    @Transactional
    public RuleResponse put(String id, RuleRequest request) {
        validate(request);
        OffsetDateTime now = OffsetDateTime.now();
        FindingsRuleEntity entity = rules.findById(id);
        boolean created = entity == null;
        if (created) {
            entity = new FindingsRuleEntity();
            entity.id = id;
            entity.createdAt = now;
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
        if (!rules.deleteById(id)) {
            throw builtIn(id).isPresent()
                    ? ProblemException.conflict("findings rule " + id + " is built in; disable it with PUT and "
                            + "\"enabled\": false")
                    : ProblemException.notFound("findings rule", id);
        }
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

    private static RuleResponse builtInResponse(FindingsRule r) {
        return new RuleResponse(r.id(), r.condition(), r.severity(), r.findingTemplate(), r.recommendationTemplate(),
                r.citation(), true, Origin.BUILT_IN, null);
    }

    private static RuleResponse toResponse(FindingsRuleEntity r, Origin origin) {
        return new RuleResponse(r.id, r.condition, r.severity, r.findingTemplate, r.recommendationTemplate,
                r.citation, r.enabled, origin, r.updatedAt);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
