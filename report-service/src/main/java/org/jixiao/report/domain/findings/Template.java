package org.jixiao.report.domain.findings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jixiao.report.domain.model.Figures;

/**
 * Finding and recommendation text with {@code ${fact}} placeholders. Formats: none (counts as integers, other
 * numbers with 2 decimals, lists joined by 、), {@code ${fact:万元}} (元 shown in 万元) and {@code ${fact:%}}.
 * Only substitution happens; a template can neither evaluate nor call anything.
 */
public final class Template {
    private static final String MISSING = "—";

    private final List<Part> parts;

    private Template(List<Part> parts) {
        this.parts = parts;
    }

    private sealed interface Part permits Text, Placeholder {
    }

    private record Text(String text) implements Part {
    }

    private record Placeholder(String name, String format) implements Part {
    }

    public static Template parse(String template) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf("${", at);
            if (open < 0) {
                parts.add(new Text(template.substring(at)));
                break;
            }
            if (open > at) {
                parts.add(new Text(template.substring(at, open)));
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new RuleSyntaxException(open, "placeholder is not closed with '}'");
            }
            String body = template.substring(open + 2, close);
            int colon = body.indexOf(':');
            String name = colon < 0 ? body : body.substring(0, colon);
            String format = colon < 0 ? "" : body.substring(colon + 1);
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new RuleSyntaxException(open + 2, "placeholder name '" + name + "' is not a fact name");
            }
            if (!format.isEmpty() && !format.equals("万元") && !format.equals("%")) {
                throw new RuleSyntaxException(open + 3 + name.length(), "unknown format '" + format + "'; use 万元 or %");
            }
            parts.add(new Placeholder(name, format));
            at = close + 1;
        }
        return new Template(List.copyOf(parts));
    }

    public String render(Map<String, Object> facts) {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Text literal) {
                text.append(literal.text());
            } else if (part instanceof Placeholder placeholder) {
                text.append(format(facts.get(placeholder.name()), placeholder.format()));
            }
        }
        return text.toString();
    }

    private static String format(Object value, String format) {
        if (value == null) {
            return MISSING;
        }
        if (value instanceof Collection<?> items) {
            StringJoiner joined = new StringJoiner("、");
            items.forEach(item -> joined.add(format(item, format)));
            return joined.length() == 0 ? MISSING : joined.toString();
        }
        if (value instanceof Boolean bool) {
            return bool ? "是" : "否";
        }
        Object number = Condition.normalise(value);
        if (number instanceof BigDecimal decimal) {
            return switch (format) {
                case "万元" -> Figures.wanYuan(decimal) + "万元";
                case "%" -> Figures.percent(decimal);
                default -> Figures.number(value instanceof Number ? value : decimal);
            };
        }
        return value.toString();
    }
}
