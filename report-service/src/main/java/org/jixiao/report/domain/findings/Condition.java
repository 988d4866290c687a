package org.jixiao.report.domain.findings;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed rule condition. The language is deliberately tiny so that a rule stored as data can never run code:
 * <pre>
 *   or         := and (("or" | "||") and)*
 *   and        := not (("and" | "&&") not)*
 *   not        := ("not" | "!") not | comparison
 *   comparison := sum (("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "=" | "!=" | "≤" | "≥" | "≠") sum)?
 *   sum        := product (("+" | "-") product)*
 *   product    := unary (("*" | "/") unary)*
 *   unary      := "-" unary | primary
 *   primary    := NUMBER ["%"] | STRING | "true" | "false" | IDENTIFIER | "(" or ")"
 * </pre>
 * Identifiers are plain names ({@code [A-Za-z_][A-Za-z0-9_]*}); there is no member access, no call, no
 * indexing, so text such as {@code java.lang.Runtime} or {@code getClass()} is a syntax error.
 * Rates are percents: {@code 5%} is the number 5 and compares with an {@code adjustmentRate} of 20.90.
 * A list fact compares as its size. A missing fact is unknown: comparisons with it are unknown and
 * and/or/not follow three-valued logic, so a rule only fires on what the facts actually show.
 */
public final class Condition {
    public static final int MAX_LENGTH = 2_000;
    public static final int MAX_TOKENS = 400;
    public static final int MAX_NESTING = 32;

    private final String source;
    private final Node root;
    private final List<String> variables;

    private Condition(String source, Node root, List<String> variables) {
        this.source = source;
        this.root = root;
        this.variables = variables;
    }

    public static Condition parse(String source) {
        if (source == null || source.isBlank()) {
            throw new RuleSyntaxException(0, "condition is empty");
        }
        if (source.length() > MAX_LENGTH) {
            throw new RuleSyntaxException(MAX_LENGTH, "condition is longer than " + MAX_LENGTH + " characters");
        }
        Parser parser = new Parser(new Lexer(source).tokens());
        Node root = parser.parseCondition();
        if (root.type() != Type.BOOLEAN && root.type() != Type.ANY) {
            throw new RuleSyntaxException(root.position(), "condition must be true or false, not a " + root.type().word);
        }
        return new Condition(source, root, List.copyOf(parser.variables));
    }

    public String source() {
        return source;
    }

    /** Fact names in order of first appearance. */
    public List<String> variables() {
        return variables;
    }

    /** True only when the facts show the condition holds; false when it does not or cannot be known. */
    public boolean holds(Map<String, Object> facts) {
        return Boolean.TRUE.equals(evaluate(facts));
    }

    /** TRUE, FALSE, or null when the facts do not decide it. */
    public Boolean evaluate(Map<String, Object> facts) {
        Object value = root.evaluate(facts == null ? Map.of() : facts);
        return value instanceof Boolean bool ? bool : null;
    }

    @Override
    public String toString() {
        return source;
    }

    // ---------------------------------------------------------------- lexer

    private enum Kind { NUMBER, STRING, IDENTIFIER, OPERATOR, LEFT, RIGHT, END }

    private record Token(Kind kind, String text, Object value, int position) {
    }

    private static final class Lexer {
        private final String text;
        private int at;

        Lexer(String text) {
            this.text = text;
        }

        List<Token> tokens() {
            List<Token> tokens = new ArrayList<>();
            while (true) {
                skipSpace();
                if (at >= text.length()) {
                    tokens.add(new Token(Kind.END, "", null, at));
                    return tokens;
                }
                if (tokens.size() >= MAX_TOKENS) {
                    throw new RuleSyntaxException(at, "condition has more than " + MAX_TOKENS + " tokens");
                }
                tokens.add(next());
            }
        }

        private void skipSpace() {
            while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '\u3000')) {
                at++;
            }
        }

        private Token next() {
            int start = at;
            char c = text.charAt(at);
            if (isDigit(c) || (c == '.' && at + 1 < text.length() && isDigit(text.charAt(at + 1)))) {
                return number(start);
            }
            if (isIdentifierStart(c)) {
                while (at < text.length() && isIdentifierPart(text.charAt(at))) {
                    at++;
                }
                return new Token(Kind.IDENTIFIER, text.substring(start, at), null, start);
            }
            if (c == '\'' || c == '"') {
                int close = text.indexOf(c, at + 1);
                if (close < 0) {
                    throw new RuleSyntaxException(start, "string is not closed");
                }
                at = close + 1;
                return new Token(Kind.STRING, text.substring(start, at), text.substring(start + 1, close), start);
            }
            if (c == '(') {
                at++;
                return new Token(Kind.LEFT, "(", null, start);
            }
            if (c == ')') {
                at++;
                return new Token(Kind.RIGHT, ")", null, start);
            }
            String two = at + 1 < text.length() ? text.substring(at, at + 2) : "";
            for (String operator : List.of("<=", ">=", "==", "!=", "<>", "&&", "||")) {
                if (two.equals(operator)) {
                    at += 2;
                    return new Token(Kind.OPERATOR, operator, null, start);
                }
            }
            if ("<>=!+-*/≤≥≠".indexOf(c) >= 0) {
                at++;
                return new Token(Kind.OPERATOR, String.valueOf(c), null, start);
            }
            throw new RuleSyntaxException(start, "unexpected character '" + c + "'");
        }

        private Token number(int start) {
            boolean seenPoint = false;
            while (at < text.length() && (isDigit(text.charAt(at)) || (text.charAt(at) == '.' && !seenPoint))) {
                seenPoint |= text.charAt(at) == '.';
                at++;
            }
            String digits = text.substring(start, at);
            if (at < text.length() && text.charAt(at) == '%') {
                at++;
            }
            if (at < text.length() && (isIdentifierPart(text.charAt(at)) || text.charAt(at) == '.')) {
                throw new RuleSyntaxException(at, "malformed number");
            }
            return new Token(Kind.NUMBER, text.substring(start, at), new BigDecimal(digits), start);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isIdentifierStart(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }

        private static boolean isIdentifierPart(char c) {
            return isIdentifierStart(c) || isDigit(c);
        }
    }

    // ---------------------------------------------------------------- parser

    private enum Type {
        BOOLEAN("boolean"), NUMBER("number"), STRING("string"), ANY("value");

        final String word;

        Type(String word) {
            this.word = word;
        }
    }

    private static final class Parser {
        private final List<Token> tokens;
        private final Set<String> variables = new LinkedHashSet<>();
        private int index;
        private int nesting;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        Node parseCondition() {
            Node node = parseOr();
            Token end = peek();
            if (end.kind() != Kind.END) {
                throw new RuleSyntaxException(end.position(), "unexpected '" + end.text() + "'");
            }
            return node;
        }

        private Node parseOr() {
            Node left = parseAnd();
            while (isWord("or") || isOperator("||")) {
                Token operator = advance();
                left = logical("or", operator, left, parseAnd());
            }
            return left;
        }

        private Node parseAnd() {
            Node left = parseNot();
            while (isWord("and") || isOperator("&&")) {
                Token operator = advance();
                left = logical("and", operator, left, parseNot());
            }
            return left;
        }

        private Node parseNot() {
            if (isWord("not") || isOperator("!")) {
                Token operator = advance();
                enter(operator);
                Node operand = parseNot();
                leave();
                requireBoolean(operand, "not");
                return new Not(operand, operator.position());
            }
            return parseComparison();
        }

        private Node parseComparison() {
            Node left = parseSum();
            Token token = peek();
            if (token.kind() == Kind.OPERATOR && Comparison.OPERATORS.contains(token.text())) {
                advance();
                Node right = parseSum();
                String operator = Comparison.canonical(token.text());
                boolean ordering = !operator.equals("==") && !operator.equals("!=");
                if (ordering) {
                    requireNumber(left, operator);
                    requireNumber(right, operator);
                } else if (left.type() != Type.ANY && right.type() != Type.ANY && left.type() != right.type()) {
                    throw new RuleSyntaxException(token.position(),
                            "cannot compare a " + left.type().word + " with a " + right.type().word);
                }
                Token following = peek();
                if (following.kind() == Kind.OPERATOR && Comparison.OPERATORS.contains(following.text())) {
                    throw new RuleSyntaxException(following.position(), "comparisons cannot be chained; use and");
                }
                return new Comparison(operator, left, right, token.position());
            }
            return left;
        }

        private Node parseSum() {
            Node left = parseProduct();
            while (isOperator("+") || isOperator("-")) {
                Token operator = advance();
                left = arithmetic(operator, left, parseProduct());
            }
            return left;
        }

        private Node parseProduct() {
            Node left = parseUnary();
            while (isOperator("*") || isOperator("/")) {
                Token operator = advance();
                left = arithmetic(operator, left, parseUnary());
            }
            return left;
        }

        private Node parseUnary() {
            if (isOperator("-")) {
                Token operator = advance();
                enter(operator);
                Node operand = parseUnary();
                leave();
                requireNumber(operand, "-");
                return new Negate(operand, operator.position());
            }
            return parsePrimary();
        }

        private Node parsePrimary() {
            Token token = advance();
            switch (token.kind()) {
                case NUMBER:
                    return new Literal(token.value(), Type.NUMBER, token.position());
                case STRING:
                    return new Literal(token.value(), Type.STRING, token.position());
                case LEFT: {
                    enter(token);
                    Node inner = parseOr();
                    leave();
                    Token close = advance();
                    if (close.kind() != Kind.RIGHT) {
                        throw new RuleSyntaxException(close.position(), "expected ')' to close '(' at " + token.position());
                    }
                    return inner;
                }
                case IDENTIFIER:
                    return identifier(token);
                case END:
                    throw new RuleSyntaxException(token.position(), "condition ends too early");
                default:
                    throw new RuleSyntaxException(token.position(), "unexpected '" + token.text() + "'");
            }
        }

        private Node identifier(Token token) {
            String word = token.text();
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (lower.equals("true") || lower.equals("false")) {
                return new Literal(Boolean.valueOf(lower), Type.BOOLEAN, token.position());
            }
            if (lower.equals("and") || lower.equals("or") || lower.equals("not")) {
                throw new RuleSyntaxException(token.position(), "'" + word + "' needs an operand before it");
            }
            if (peek().kind() == Kind.LEFT) {
                throw new RuleSyntaxException(peek().position(), "functions are not supported: '" + word + "('");
            }
            variables.add(word);
            return new Variable(word, token.position());
        }

        private Node logical(String operator, Token token, Node left, Node right) {
            requireBoolean(left, operator);
            requireBoolean(right, operator);
            return new Logical(operator.equals("and"), left, right, token.position());
        }

        private Node arithmetic(Token operator, Node left, Node right) {
            requireNumber(left, operator.text());
            requireNumber(right, operator.text());
            return new Arithmetic(operator.text().charAt(0), left, right, operator.position());
        }

        private void requireBoolean(Node node, String operator) {
            if (node.type() != Type.BOOLEAN && node.type() != Type.ANY) {
                throw new RuleSyntaxException(node.position(), "'" + operator + "' needs true/false, not a " + node.type().word);
            }
        }

        private void requireNumber(Node node, String operator) {
            if (node.type() != Type.NUMBER && node.type() != Type.ANY) {
                throw new RuleSyntaxException(node.position(), "'" + operator + "' needs a number, not a " + node.type().word);
            }
        }

        /** Each nesting level is a Java stack frame; refusing deep input keeps hostile rules from overflowing it. */
        private void enter(Token token) {
            if (++nesting > MAX_NESTING) {
                throw new RuleSyntaxException(token.position(), "condition is nested deeper than " + MAX_NESTING + " levels");
            }
        }

        private void leave() {
            nesting--;
        }

        private boolean isWord(String word) {
            Token token = peek();
            return token.kind() == Kind.IDENTIFIER && token.text().equalsIgnoreCase(word);
        }

        private boolean isOperator(String operator) {
            Token token = peek();
            return token.kind() == Kind.OPERATOR && token.text().equals(operator);
        }

        private Token peek() {
            return tokens.get(index);
        }

        private Token advance() {
            Token token = tokens.get(index);
            if (token.kind() != Kind.END) {
                index++;
            }
            return token;
        }
    }

    // ---------------------------------------------------------------- tree

    private sealed interface Node permits Literal, Variable, Not, Logical, Comparison, Arithmetic, Negate {
        Type type();

        int position();

        Object evaluate(Map<String, Object> facts);
    }

    private record Literal(Object value, Type type, int position) implements Node {
        @Override
        public Object evaluate(Map<String, Object> facts) {
            return value;
        }
    }

    private record Variable(String name, int position) implements Node {
        @Override
        public Type type() {
            return Type.ANY;
        }

        @Override
        public Object evaluate(Map<String, Object> facts) {
            return normalise(facts.get(name));
        }
    }

    private record Not(Node operand, int position) implements Node {
        @Override
        public Type type() {
            return Type.BOOLEAN;
        }

        @Override
        public Object evaluate(Map<String, Object> facts) {
            Object value = operand.evaluate(facts);
            return value instanceof Boolean bool ? !bool : null;
        }
    }

    private record Logical(boolean isAnd, Node left, Node right, int position) implements Node {
        @Override
        public Type type() {
            return Type.BOOLEAN;
        }

        @Override
        public Object evaluate(Map<String, Object> facts) {
            Boolean l = asBoolean(left.evaluate(facts));
            Boolean r = asBoolean(right.evaluate(facts));
            // Kleene logic: a known false decides "and", a known true decides "or", otherwise unknown stays unknown.
            if (isAnd) {
                if (Boolean.FALSE.equals(l) || Boolean.FALSE.equals(r)) {
                    return false;
                }
                return l == null || r == null ? null : true;
            }
            if (Boolean.TRUE.equals(l) || Boolean.TRUE.equals(r)) {
                return true;
            }
            return l == null || r == null ? null : false;
        }

        private static Boolean asBoolean(Object value) {
            return value instanceof Boolean bool ? bool : null;
        }
    }

    private record Comparison(String operator, Node left, Node right, int position) implements Node {
        static final Set<String> OPERATORS = Set.of("<", "<=", ">", ">=", "==", "=", "!=", "<>", "≤", "≥", "≠");

        static String canonical(String operator) {
            return switch (operator) {
                case "=" -> "==";
                case "<>", "≠" -> "!=";
                case "≤" -> "<=";
                case "≥" -> ">=";
                default -> operator;
            };
        }

        @Override
        public Type type() {
            return Type.BOOLEAN;
        }

        @Override
        public Object evaluate(Map<String, Object> facts) {
            Object l = left.evaluate(facts);
            Object r = right.evaluate(facts);
            if (l == null || r == null) {
                return null;
            }
            if (l instanceof BigDecimal a && r instanceof BigDecimal b) {
                int order = a.compareTo(b);
                return switch (operator) {
                    case "<" -> order < 0;
                    case "<=" -> order <= 0;
                    case ">" -> order > 0;
                    case ">=" -> order >= 0;
                    case "==" -> order == 0;
                    default -> order != 0;
                };
            }
            if (l.getClass() != r.getClass()) {
                return null;
            }
            return switch (operator) {
                case "==" -> l.equals(r);
                case "!=" -> !l.equals(r);
                default -> null;
            };
        }
    }

    private record Arithmetic(char operator, Node left, Node right, int position) implements Node {
        @Override
        public Type type() {
            return Type.NUMBER;
        }

        @Override
        public Object evaluate(Map<String, Object> facts) {
            if (!(left.evaluate(facts) instanceof BigDecimal a) || !(right.evaluate(facts) instanceof BigDecimal b)) {
                return null;
            }
            return switch (operator) {
                case '+' -> a.add(b);
                case '-' -> a.subtract(b);
                case '*' -> a.multiply(b, MathContext.DECIMAL64);
                default -> b.signum() == 0 ? null : a.divide(b, MathContext.DECIMAL64);
            };
        }
    }

    private record Negate(Node operand, int position) implements Node {
        @Override
        public Type type() {
            return Type.NUMBER;
        }

        @Override
        public Object evaluate(Map<String, Object> facts) {
            return operand.evaluate(facts) instanceof BigDecimal value ? value.negate() : null;
        }
    }

    /** Facts arrive as whatever the caller holds; the engine only ever sees numbers, booleans and strings. */
    static Object normalise(Object value) {
        if (value == null || value instanceof Boolean || value instanceof String || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString());
            } catch (NumberFormatException notFinite) {
                return null;
            }
        }
        if (value instanceof Collection<?> collection) {
            return new BigDecimal(collection.size());
        }
        if (value instanceof Map<?, ?> map) {
            return new BigDecimal(map.size());
        }
        return value.toString();
    }
}
