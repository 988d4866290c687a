package org.jixiao.indicator.domain.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    private static final List<String> OPERATORS = List.of("≥", "≤", ">=", "<=", "=>", "=<", "＞＝", "＜＝", "≧", "≦",
            "=", "＝", "==", ">", "<", "＞", "＜", "", "", "不低于", "不超过");
    private static final List<String> UNITS = List.of("%", "％", "人次", "次", "万元", "元", "平方米", "个", "起", "条",
            "", "级", "分", "%以上", "以内");
    private static final List<String> SPACES = List.of("", "", " ", "  ", "\t", "\u3000", "\u00A0");
    private static final List<String> WORDS = List.of("前三", "全区前三", "每周一次", "优良中低差", "不断提升", "达标",
            "通过考核", "约", "左右", "，", "、", "-", "~", "～", "9条湖溪", "≥≤", "80 90");

    /** Converts ASCII to the full-width forms an IME produces. */
    static String toFullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }

    /** A target as a person might type it: operator, number, unit, stray spaces, sometimes full-width or junk. */
    static String randomTargetSpelling(Random random) {
        StringBuilder text = new StringBuilder();
        text.append(SPACES.get(random.nextInt(SPACES.size())));
        if (random.nextInt(6) == 0) {
            text.append(WORDS.get(random.nextInt(WORDS.size())));
        }
        text.append(OPERATORS.get(random.nextInt(OPERATORS.size())));
        text.append(SPACES.get(random.nextInt(SPACES.size())));
        text.append(random.nextInt(random.nextBoolean() ? 101 : 10_000_000));
        if (random.nextInt(3) == 0) {
            text.append('.').append(random.nextInt(100));
        }
        text.append(SPACES.get(random.nextInt(SPACES.size())));
        text.append(UNITS.get(random.nextInt(UNITS.size())));
        if (random.nextInt(8) == 0) {
            text.append(WORDS.get(random.nextInt(WORDS.size())));
        }
        text.append(SPACES.get(random.nextInt(SPACES.size())));
        String spelled = text.toString();
        return random.nextInt(4) == 0 ? toFullWidth(spelled) : spelled;
    }

    @Test
    void turnsFullWidthIntoHalfWidth() {
        assertEquals("≥90%", TextNormaliser.normalise("＞＝９０％"));
        assertEquals("≤5%", TextNormaliser.normalise("＜＝５％"));
        assertEquals("=3级", TextNormaliser.normalise("＝３级"));
        assertEquals("(1)", TextNormaliser.normalise("（１）"));
    }

    @Test
    void unifiesOperatorSpellings() {
        assertEquals("≥90%", TextNormaliser.normalise(">=90%"));
        assertEquals("≥90%", TextNormaliser.normalise("=>90%"));
        assertEquals("≥90%", TextNormaliser.normalise("≧90%"));
        assertEquals("≥90%", TextNormaliser.normalise("> = 90 %"));
        assertEquals("≤10人次", TextNormaliser.normalise("<= 10 人次"));
        assertEquals("≤10", TextNormaliser.normalise("⩽10"));
        assertEquals("=100%", TextNormaliser.normalise("===100%"));
    }

    @Test
    void dropsSpacesButKeepsTwoNumbersApart() {
        assertEquals("≥90%", TextNormaliser.normalise("  ≥ 90 %\t"));
        assertEquals("10人次", TextNormaliser.normalise("10\u3000人次"));
        assertEquals("80 90", TextNormaliser.normalise("80 \t 90"));
        assertEquals("", TextNormaliser.normalise(null));
        assertEquals("", TextNormaliser.normalise(" \u00A0 "));
    }

    @Test
    void leavesSuperscriptsAndCompatibilityUnitsAlone() {
        assertEquals("20m²", TextNormaliser.normalise("20 m²"));
        assertEquals("20㎡", TextNormaliser.normalise("20㎡"));
    }

    @Test
    void isIdempotentOnTargetLikeText() {
        Random random = new Random(42L);
        for (int i = 0; i < 1000; i++) {
            String text = randomTargetSpelling(random);
            String once = TextNormaliser.normalise(text);
            assertEquals(once, TextNormaliser.normalise(once), "not idempotent for [" + text + "]");
        }
    }

    @Test
    void isIdempotentOnArbitraryText() {
        String alphabet = "≥≤<>=＞＜＝～~-  \t\u3000０９09%％元万.,，约前三 ";
        Random random = new Random(99L);
        for (int i = 0; i < 1000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String once = TextNormaliser.normalise(text.toString());
            assertEquals(once, TextNormaliser.normalise(once), "not idempotent for [" + text + "]");
            assertFalse(once.startsWith(" ") || once.endsWith(" "), "not trimmed: [" + once + "]");
            assertFalse(once.contains(">=") || once.contains("<=") || once.contains("=="), once);
        }
    }
}
