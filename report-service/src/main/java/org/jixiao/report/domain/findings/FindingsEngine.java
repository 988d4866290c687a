package org.jixiao.report.domain.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates a catalogue of {@link FindingsRule}s over a map of facts (see {@link FactNames}). Conditions and
 * templates are parsed once and cached by their text; the engine is thread-safe.
 */
public final class FindingsEngine {
    private static final int CACHE_LIMIT = 2_048;

    private final Map<String, Condition> conditions = new ConcurrentHashMap<>();
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    /**
     * The findings of every rule whose condition holds, in catalogue order.
     *
     * @throws RuleSyntaxException if a rule's condition or template does not parse (message names the rule)
     */
    public List<Finding> evaluate(List<FindingsRule> rules, Map<String, Object> facts) {
        Map<String, Object> known = facts == null ? Map.of() : facts;
        List<Finding> findings = new ArrayList<>();
        for (FindingsRule rule : rules) {
            Condition condition = condition(rule);
            if (!condition.holds(known)) {
                continue;
            }
            Map<String, Object> triggering = new LinkedHashMap<>();
            for (String name : condition.variables()) {
                Object value = known.get(name);
                if (value != null) {
                    triggering.put(name, value);
                }
            }
            String recommendation = rule.recommendationTemplate() == null ? null
                    : template(rule, rule.recommendationTemplate()).render(known);
            findings.add(new Finding(rule.id(), rule.severity(), template(rule, rule.findingTemplate()).render(known),
                    recommendation, rule.citation(), triggering));
        }
        return List.copyOf(findings);
    }

    /** Parses the rule's condition and templates; for checking a rule before it is stored. */
    public static void validate(FindingsRule rule) {
        Condition.parse(rule.condition());
        Template.parse(rule.findingTemplate());
        if (rule.recommendationTemplate() != null) {
            Template.parse(rule.recommendationTemplate());
        }
    }

    private Condition condition(FindingsRule rule) {
        Condition cached = conditions.get(rule.condition());
        if (cached != null) {
            return cached;
        }
        Condition parsed;
        try {
            parsed = Condition.parse(rule.condition());
        } catch (RuleSyntaxException e) {
            throw new RuleSyntaxException(e.position(), "rule '" + rule.id() + "': " + e.reason());
        }
        remember(conditions, rule.condition(), parsed);
        return parsed;
    }

    private Template template(FindingsRule rule, String text) {
        Template cached = templates.get(text);
        if (cached != null) {
            return cached;
        }
        Template parsed;
        try {
            parsed = Template.parse(text);
        } catch (RuleSyntaxException e) {
            throw new RuleSyntaxException(e.position(), "rule '" + rule.id() + "' template: " + e.reason());
        }
        remember(templates, text, parsed);
        return parsed;
    }

    /** User-defined rules arrive over the API; bound the cache so they cannot grow it without limit. */
    private static <T> void remember(Map<String, T> cache, String key, T value) {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, value);
    }
}
