package org.jixiao.indicator.domain.target;

/**
 * Brings target text typed in Chinese input methods, Excel exports and Word tables to one spelling, so that
 * the parser has a single grammar to read.
 *
 * <p>What it does, in this order:
 * <ol>
 *   <li>full-width ASCII forms (U+FF01–U+FF5E: {@code ９０％ ＞＝ （ ，}) become their ASCII twins; the
 *       ideographic space and other Unicode spaces count as whitespace; {@code ≧ ≦ ⩾ ⩽} become {@code ≥ ≤};
 *       the wave dashes {@code 〜 ～} become {@code ~}; {@code ﹪} becomes {@code %}.</li>
 *   <li>whitespace is dropped, except that a run of whitespace between two digits is kept as one space:
 *       {@code "80 90"} are two numbers, and gluing them to {@code 8090} would invent a target nobody wrote.</li>
 *   <li>two-character operators are unified: {@code >= =>} → {@code ≥}, {@code <= =<} → {@code ≤}, a run of {@code =} → one {@code =}.</li>
 * </ol>
 * It deliberately does not apply NFKC: NFKC turns {@code ㎡} into {@code m2} and {@code ²} into {@code 2},
 * which would smuggle digits into units.
 *
 * <p>Laws (tested): {@code normalise(normalise(x)).equals(normalise(x))}; the parser's result does not depend
 * on whether its input was normalised first.
 */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    /** Returns the normalised text; {@code null} becomes the empty string. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return unifyOperators(collapseWhitespace(mapCharacters(text)));
    }

    private static String mapCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(mapCodePoint(cp)));
        return out.toString();
    }

    private static int mapCodePoint(int cp) {
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            return cp - 0xFEE0;
        }
        switch (cp) {
            case 0x3000:
                return ' ';
            case 0x2267: // ≧
            case 0x2A7E: // ⩾
                return '≥';
            case 0x2266: // ≦
            case 0x2A7D: // ⩽
                return '≤';
            case 0x301C: // 〜
                return '~';
            case 0xFE6A: // ﹪
                return '%';
            default:
                return cp;
        }
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF;
    }

    private static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isSpace(cp)) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < n && isSpace(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            boolean digitBefore = out.length() > 0 && isAsciiDigit(out.charAt(out.length() - 1));
            boolean digitAfter = end < n && isAsciiDigit(text.charAt(end));
            if (digitBefore && digitAfter) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String unifyOperators(String rawText) {
        // A run of '=' is one '=' first; otherwise "===" would need two passes and normalise would not be idempotent.
        String text = rawText.replaceAll("=+", "=");
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if ((c == '>' && next == '=') || (c == '=' && next == '>')) {
                out.append('≥');
                i += 2;
            } else if ((c == '<' && next == '=') || (c == '=' && next == '<')) {
                out.append('≤');
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
