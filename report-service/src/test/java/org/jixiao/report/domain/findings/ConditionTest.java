package org.jixiao.report.domain.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionTest {

    private static Map<String, Object> facts(Object... pairs) {
        Map<String, Object> facts = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            facts.put((String) pairs[i], pairs[i + 1]);
        }
        return facts;
    }

    @Test
    void percentLiteralComparesWithPercentFacts() {
        Condition condition = Condition.parse("adjustmentRate > 5%");
        assertTrue(condition.holds(facts("adjustmentRate", new BigDecimal("20.90"))));
        assertFalse(condition.holds(facts("adjustmentRate", new BigDecimal("5.00"))));
        assertEquals(List.of("adjustmentRate"), condition.variables());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a < b | 1 | 2 | true",
        "a <= b | 2 | 2 | true",
        "a > b | 2 | 2 | false",
        "a >= b | 2 | 2 | true",
        "a == b | 2.0 | 2.00 | true",
        "a = b | 2 | 3 | false",
        "a != b | 2 | 3 | true",
        "a <> b | 2 | 2 | false",
        "a ≥ b | 3 | 2 | true",
        "a ≤ b | 3 | 2 | false",
        "a - b < -1 | 18 | 20 | true",
        "a * 2 / 4 == b | 10 | 5 | true",
        "-a == -b | 7 | 7 | true",
        "a / b > 1 | 3 | 2 | true",
    })
    void comparesAndComputesExactDecimals(String source, String a, String b, boolean expected) {
        assertEquals(expected, Condition.parse(source).holds(facts("a", new BigDecimal(a), "b", new BigDecimal(b))));
    }

    @Test
    void andBindsTighterThanOrAndNotBindsTightest() {
        Map<String, Object> facts = facts("x", true, "y", false, "z", true);
        assertTrue(Condition.parse("x or y and not z").holds(facts)); // x or (y and (not z))
        assertFalse(Condition.parse("(x or y) and not z").holds(facts));
        assertTrue(Condition.parse("not not x").holds(facts));
        assertTrue(Condition.parse("X AND z || y").holds(facts("X", true, "z", true, "y", false)));
        assertTrue(Condition.parse("!(y && z)").holds(facts));
    }

    @Test
    void missingFactsAreUnknownAndNeverFireARule() {
        assertFalse(Condition.parse("a > 1").holds(Map.of()));
        assertFalse(Condition.parse("not (a > 1)").holds(Map.of()));
        assertNull(Condition.parse("not (a > 1)").evaluate(Map.of()));
        // Kleene logic: a known operand can still decide.
        assertTrue(Condition.parse("a > 1 or b > 1").holds(facts("b", 5)));
        assertEquals(Boolean.FALSE, Condition.parse("a > 1 and b > 1").evaluate(facts("b", 0)));
    }

    @Test
    void divisionByZeroIsUnknownNotAnError() {
        assertNull(Condition.parse("a / b > 1").evaluate(facts("a", 1, "b", 0)));
    }

    @Test
    void factsOfOrdinaryJavaTypesAreAccepted() {
        assertTrue(Condition.parse("n > 2").holds(facts("n", 3)));
        assertTrue(Condition.parse("n > 2").holds(facts("n", 3L)));
        assertTrue(Condition.parse("list > 1").holds(facts("list", List.of("a", "b"))));
        assertTrue(Condition.parse("grade == '差'").holds(facts("grade", "差")));
        assertTrue(Condition.parse("grade != \"优\"").holds(facts("grade", "差")));
        assertFalse(Condition.parse("n > 2").holds(facts("n", Double.NaN)));
    }

    @Test
    void typeMismatchesAreRefusedWhenParsed() {
        assertThrows(RuleSyntaxException.class, () -> Condition.parse("1 + 2"));
        assertThrows(RuleSyntaxException.class, () -> Condition.parse("'a' < 3"));
        assertThrows(RuleSyntaxException.class, () -> Condition.parse("true and 3"));
        assertThrows(RuleSyntaxException.class, () -> Condition.parse("not 3"));
        assertThrows(RuleSyntaxException.class, () -> Condition.parse("'x' == 1"));
        assertThrows(RuleSyntaxException.class, () -> Condition.parse("(a > 1) + 2 > 0"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a > | 3",
        "a >> 1 | 3",
        "(a > 1 | 6",
        "a > 1) | 5",
        "a > 1 > 0 | 6",
        "1.2.3 > 0 | 3",
        "12abc > 0 | 2",
        "a > 'open | 4",
        "and a | 0",
        "a $ b | 2",
        "a > 1 b | 6",
    })
    void syntaxErrorsNameThePosition(String source, int position) {
        RuleSyntaxException error = assertThrows(RuleSyntaxException.class, () -> Condition.parse(source));
        assertEquals(position, error.position(), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "java.lang.Runtime",
        "java.lang.Runtime.getRuntime().exec('rm -rf /')",
        "Runtime.getRuntime()",
        "getClass()",
        "this.getClass().forName('x') == 1",
        "a[0] > 1",
        "${a} > 1",
        "a; b",
        "a = b; System.exit(0)",
        "`ls`",
        "new Object()",
        "a > 1 and eval('x')",
        "T(java.lang.Runtime).exec('x')",
        "#{1+1}",
        "",
        "   ",
    })
    void codeLikeInputIsRefused(String source) {
        assertThrows(RuleSyntaxException.class, () -> Condition.parse(source));
    }

    @Test
    void hugeNestingIsRefusedWithoutStackOverflow() {
        String deep = "(".repeat(10_000) + "a > 1" + ")".repeat(10_000);
        RuleSyntaxException tooLong = assertThrows(RuleSyntaxException.class, () -> Condition.parse(deep));
        assertTrue(tooLong.getMessage().contains("longer"), tooLong.getMessage());

        String withinLength = "(".repeat(100) + "a" + ")".repeat(100);
        RuleSyntaxException tooDeep = assertThrows(RuleSyntaxException.class, () -> Condition.parse(withinLength));
        assertTrue(tooDeep.getMessage().contains("nested"), tooDeep.getMessage());

        assertThrows(RuleSyntaxException.class, () -> Condition.parse("not ".repeat(400) + "a"));
        assertThrows(RuleSyntaxException.class, () -> Condition.parse("-".repeat(1_500) + "1 > 0"));
        assertThrows(RuleSyntaxException.class, () -> Condition.parse("a" + " + a".repeat(450) + " > 1"));
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        int depth = Condition.MAX_NESTING;
        String source = "(".repeat(depth) + "a > 1" + ")".repeat(depth);
        assertTrue(Condition.parse(source).holds(facts("a", 2)));
        assertThrows(RuleSyntaxException.class,
                () -> Condition.parse("(".repeat(depth + 1) + "a > 1" + ")".repeat(depth + 1)));
    }

    /** Law: for random x, y the engine agrees with BigDecimal comparison, and not/and/or with Java's logic. */
    @Test
    void agreesWithJavaOnRandomInputs() {
        Random random = new Random(20240506);
        Condition less = Condition.parse("x < y");
        Condition logic = Condition.parse("(x < y and not p) or (q and x >= 0)");
        for (int i = 0; i < 1_000; i++) {
            BigDecimal x = BigDecimal.valueOf(random.nextInt(20_001) - 10_000, 2);
            BigDecimal y = BigDecimal.valueOf(random.nextInt(20_001) - 10_000, 2);
            boolean p = random.nextBoolean();
            boolean q = random.nextBoolean();
            Map<String, Object> facts = facts("x", x, "y", y, "p", p, "q", q);
            assertEquals(x.compareTo(y) < 0, less.holds(facts));
            assertEquals((x.compareTo(y) < 0 && !p) || (q && x.signum() >= 0), logic.holds(facts), facts.toString());
        }
    }

    /** Law: random garbage either parses or raises RuleSyntaxException, never anything else. */
    @Test
    void randomInputOnlyEverRaisesRuleSyntaxException() {
        Random random = new Random(7);
        String alphabet = "ab1 .()<>=!&|+-*/%'\"notandor$[]{};";
        for (int i = 0; i < 1_000; i++) {
            StringBuilder source = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int c = 0; c < length; c++) {
                source.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                Condition.parse(source.toString()).evaluate(facts("a", 1, "b", true));
            } catch (RuleSyntaxException expected) {
                assertTrue(expected.position() >= 0 && expected.position() <= source.length(), source.toString());
            }
        }
    }
}
