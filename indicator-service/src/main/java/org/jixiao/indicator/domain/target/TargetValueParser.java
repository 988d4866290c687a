package org.jixiao.indicator.domain.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 指标值 the way people write it in declaration tables, and refuses what it would have to guess.
 *
 * <p>Accepted shapes (after {@link TextNormaliser#normalise}):
 * <ul>
 *   <li>numeric: {@code [label] [operator] number [unit]} where the operator is a symbol ({@code ≥ ≤ > < =}),
 *       a word before the number (不低于, 不少于, 至少, 达到, 完成 → ≥; 不超过, 不高于, 至多, 控制在 → ≤;
 *       大于, 高于, 超过 → >; 小于, 低于 → <; 等于 → =) or a word after it (以上 → ≥; 以下, 以内 → ≤).
 *       A label is only allowed before an operator ({@code 满意度≥90%}); 提高10% style text (a trend word and a
 *       number) becomes a {@link QualitativeKind#TREND} carrying the number.</li>
 *   <li>rank: {@code [label]前N[名]} or {@code [label]第N[名]} with N in digits or Chinese numerals.</li>
 *   <li>frequency: {@code [label]每{天|日|周|月|季度|半年|年}[至少]N次[以上]}.</li>
 *   <li>grade scales: 优良中低差, 高中低, 达成/部分达成/未达成 and similar (separators allowed).</li>
 *   <li>trend words (不断提升, 逐年减少, 得到改善 ...) and achievement words (达标, 通过考核, 合规, 健全 ...).</li>
 *   <li>several labelled quantities separated by commas (seed 004 河湖保护) → {@link QualitativeKind#COMPOSITE}.</li>
 * </ul>
 *
 * <p>Refused (see the codes in {@link TargetParseException}): empty text; conflicting or stacked operators
 * ({@code ≥≤5}); two numbers that are neither a labelled description nor anything else
 * ({@code 80 90}); ranges ({@code 80%-90%}: a target needs one bound; declare two indicators or pick one);
 * approximations ({@code 约80%}, {@code 80%左右}, {@code 100余人}: decided to refuse, because scoring needs an exact
 * bound and silently dropping 约 would make the target stricter or looser than meant); text with none of the
 * known words.
 */
public final class TargetValueParser {

    /** Targets are short; a longer text is a description pasted into the wrong column. */
    public static final int MAX_LENGTH = 200;
    private static final int MAX_DIGITS = 30;
    private static final int MAX_UNIT_LENGTH = 8;

    private static final String OPERATOR_CHARS = "≥≤<>=";
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final String NUMERAL = "([0-9]{1,3}|[零〇一二两三四五六七八九十百]{1,4})";
    private static final Pattern RANK = Pattern.compile("^(\\D{0,16}?)(前|第)" + NUMERAL + "(?:名|位)?(?:以内|之内)?$");
    private static final Pattern FREQUENCY = Pattern.compile(
            "^(\\D{0,16}?)每(天|日|周|星期|月|季度|季|半年|年)(至少|不少于)?" + NUMERAL + "次(及以上|以上)?$");
    private static final Map<String, String> PERIOD_UNITS = Map.of(
            "天", "次/日", "日", "次/日", "周", "次/周", "星期", "次/周",
            "月", "次/月", "季度", "次/季度", "季", "次/季度", "半年", "次/半年", "年", "次/年");

    private static final Set<String> GRADE_SCALES = Set.of(
            "优良中低差", "优良中差", "优良中低", "优良中", "优良差", "高中低", "好中差", "好一般差", "好较好一般差",
            "达成部分达成未达成", "优秀良好合格不合格", "优秀良好一般差", "优秀良好中等差", "满意基本满意不满意");

    /** Words that state a direction of change; alone they are the vague targets seed 002 was criticised for. */
    static final List<String> TREND_WORDS = List.of(
            "提升", "提高", "增强", "增加", "增长", "减少", "降低", "下降", "改善", "完善", "优化", "加强", "普及",
            "加快", "扩大", "缩小", "好转", "进一步", "逐步", "逐年", "不断", "持续", "稳步", "有所");

    private static final List<String> ACHIEVED_WORDS = List.of(
            "达标", "达到", "完成", "通过", "合格", "相关", "科学", "合理", "完整", "真实", "合规", "健全", "及时",
            "规范", "良好", "较好", "人心", "有效", "显著", "满意", "准确", "到位", "落实", "保障", "稳定", "安全",
            "实现", "符合", "一致", "明确", "充分", "覆盖", "正常", "按时", "按期", "如期", "明显", "杜绝", "未发生",
            "不发生", "无", "零", "是", "优", "好");

    /** Longest first, so that 不低于 wins over 低于. */
    private static final List<Map.Entry<String, Comparison>> PREFIX_OPERATORS = List.of(
            Map.entry("大于等于", Comparison.GE), Map.entry("小于等于", Comparison.LE),
            Map.entry("不低于", Comparison.GE), Map.entry("不少于", Comparison.GE), Map.entry("不小于", Comparison.GE),
            Map.entry("不超过", Comparison.LE), Map.entry("不高于", Comparison.LE), Map.entry("不多于", Comparison.LE),
            Map.entry("不大于", Comparison.LE), Map.entry("控制在", Comparison.LE),
            Map.entry("至少", Comparison.GE), Map.entry("最少", Comparison.GE), Map.entry("达到", Comparison.GE),
            Map.entry("完成", Comparison.GE), Map.entry("至多", Comparison.LE), Map.entry("最多", Comparison.LE),
            Map.entry("大于", Comparison.GT), Map.entry("高于", Comparison.GT), Map.entry("超过", Comparison.GT),
            Map.entry("多于", Comparison.GT), Map.entry("小于", Comparison.LT), Map.entry("低于", Comparison.LT),
            Map.entry("少于", Comparison.LT), Map.entry("等于", Comparison.EQ));

    private static final List<Map.Entry<String, Comparison>> SUFFIX_OPERATORS = List.of(
            Map.entry("及以上", Comparison.GE), Map.entry("以上", Comparison.GE),
            Map.entry("及以下", Comparison.LE), Map.entry("以下", Comparison.LE),
            Map.entry("以内", Comparison.LE), Map.entry("之内", Comparison.LE));

    private static final List<String> APPROXIMATE_PREFIXES = List.of("大约", "约为", "大概", "将近", "接近", "约", "近");
    private static final List<String> APPROXIMATE_SUFFIXES = List.of("左右", "上下", "前后");
    private static final List<String> APPROXIMATE_AFTER_NUMBER = List.of("余", "多");

    private static final Map<String, Comparison> NATURE_COLUMN = Map.of(
            "≥", Comparison.GE, "≤", Comparison.LE, ">", Comparison.GT, "<", Comparison.LT, "=", Comparison.EQ,
            "正向", Comparison.GE, "反向", Comparison.LE);
    private static final String QUALITATIVE_NATURE = "定性";

    private TargetValueParser() {
    }

    /**
     * Parses one 指标值 text.
     *
     * @throws TargetParseException with a stable code when the text is empty, ambiguous or unreadable
     */
    public static TargetValue parse(String text) {
        String original = text == null ? "" : text;
        if (original.length() > MAX_LENGTH * 4) {
            throw tooLong();
        }
        String n = stripTrailingPunctuation(TextNormaliser.normalise(original));
        if (n.isEmpty()) {
            throw new TargetParseException(TargetParseException.EMPTY_TARGET, "指标值为空");
        }
        if (n.codePointCount(0, n.length()) > MAX_LENGTH) {
            throw tooLong();
        }
        if (n.startsWith(QUALITATIVE_NATURE)) {
            n = n.substring(QUALITATIVE_NATURE.length());
            if (n.isEmpty()) {
                throw unrecognised("“定性”指标需写明评价标准，例如“优良中低差”或“达标”");
            }
        }
        TargetValue special = rankOrFrequency(original, n);
        if (special != null) {
            return special;
        }
        return containsDigit(n) ? numeric(original, n) : qualitative(original, n);
    }

    /**
     * Parses a target that a table splits into 指标性质 ({@code ≥ ≤ ＝ 定性 正向 反向}), 指标值 and 计量单位 columns
     * (seed 003). Blank columns are allowed; columns that contradict each other are refused.
     */
    public static TargetValue parseColumns(String nature, String value, String unit) {
        String natureText = TextNormaliser.normalise(nature);
        String unitText = TextNormaliser.normalise(unit);
        String original = String.join(" ", nonBlank(nature, value, unit));
        if (natureText.equals(QUALITATIVE_NATURE)) {
            TargetValue parsed = parse(value);
            if (parsed.isNumeric()) {
                throw new TargetParseException(TargetParseException.NATURE_CONFLICT,
                        "指标性质为“定性”，指标值却是数值“" + value + "”");
            }
            return parsed.withOriginalText(original);
        }
        Comparison natureOperator = null;
        if (!natureText.isEmpty()) {
            natureOperator = NATURE_COLUMN.get(natureText);
            if (natureOperator == null) {
                throw new TargetParseException(TargetParseException.AMBIGUOUS_OPERATOR,
                        "无法识别的指标性质“" + nature + "”，应为 ≥、≤、＝ 或 定性");
            }
        }
        TargetValue parsedValue = parse(value);
        if (!parsedValue.isNumeric()) {
            if (natureOperator != null) {
                throw new TargetParseException(TargetParseException.NATURE_CONFLICT,
                        "指标性质为“" + natureText + "”，指标值却不是数值：“" + value + "”");
            }
            return parsedValue.withOriginalText(original);
        }
        if (natureOperator != null && parsedValue.operator() != null && parsedValue.operator() != natureOperator) {
            throw new TargetParseException(TargetParseException.NATURE_CONFLICT,
                    "指标性质“" + natureText + "”与指标值“" + value + "”中的比较符不一致");
        }
        if (!unitText.isEmpty() && parsedValue.measureUnit() != null && !parsedValue.measureUnit().equals(unitText)) {
            throw new TargetParseException(TargetParseException.UNIT_CONFLICT,
                    "计量单位“" + unitText + "”与指标值中的单位“" + parsedValue.measureUnit() + "”不一致");
        }
        String operatorPart = parsedValue.operator() == null && natureOperator != null ? natureOperator.symbol() : "";
        String unitPart = parsedValue.measureUnit() == null ? unitText : "";
        return parse(operatorPart + TextNormaliser.normalise(value) + unitPart).withOriginalText(original);
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- rank and frequency

    private static TargetValue rankOrFrequency(String original, String n) {
        Matcher rank = RANK.matcher(n);
        if (rank.matches() && isPlainLabel(rank.group(1))) {
            Integer limit = ChineseNumerals.parse(rank.group(3));
            if (limit == null || limit < 1) {
                throw unrecognised("排名目标“" + original + "”中的名次无法识别");
            }
            return new TargetValue(original, Direction.QUALITATIVE, null, null, null, QualitativeKind.RANK, limit);
        }
        Matcher frequency = FREQUENCY.matcher(n);
        if (frequency.matches() && isPlainLabel(frequency.group(1))) {
            Integer count = ChineseNumerals.parse(frequency.group(4));
            if (count == null || count < 1) {
                throw unrecognised("频次目标“" + original + "”中的次数无法识别");
            }
            boolean atLeast = frequency.group(3) != null || frequency.group(5) != null;
            return new TargetValue(original, Direction.QUALITATIVE, atLeast ? Comparison.GE : null,
                    BigDecimal.valueOf(count), PERIOD_UNITS.get(frequency.group(2)), QualitativeKind.FREQUENCY, null);
        }
        return null;
    }

    /** A label before 前三 / 每周 must not negate it (未达前三 is an actual, not a target). */
    private static boolean isPlainLabel(String label) {
        return !(label.contains("未") || label.contains("没") || label.contains("非") || label.contains("不"))
                && label.chars().noneMatch(c -> OPERATOR_CHARS.indexOf(c) >= 0);
    }

    // ---------------------------------------------------------------- qualitative

    private static TargetValue qualitative(String original, String n) {
        String scale = n.replaceAll("[/、,|·\\-;:]", "");
        if (GRADE_SCALES.contains(scale)) {
            return new TargetValue(original, Direction.QUALITATIVE, null, null, scale, QualitativeKind.GRADE_SCALE, null);
        }
        if (n.chars().anyMatch(c -> OPERATOR_CHARS.indexOf(c) >= 0)) {
            throw new TargetParseException(TargetParseException.AMBIGUOUS_OPERATOR,
                    "指标值“" + original + "”有比较符却没有数值");
        }
        if (containsAny(n, TREND_WORDS)) {
            return new TargetValue(original, Direction.QUALITATIVE, null, null, null, QualitativeKind.TREND, null);
        }
        if (containsAny(n, ACHIEVED_WORDS)) {
            return new TargetValue(original, Direction.QUALITATIVE, null, null, null, QualitativeKind.ACHIEVED, null);
        }
        throw unrecognised("无法识别指标值“" + original + "”：请写成数值（如 ≥90%）、排名（如 前三）、频次（如 每周一次）、"
                + "等级（如 优良中低差）或达成标准（如 达标）");
    }

    // ---------------------------------------------------------------- numeric

    private enum TokenType { NUMBER, OPERATOR, TEXT, SPACE }

    private record Token(TokenType type, String text) {
    }

    private static TargetValue numeric(String original, String n) {
        List<Token> tokens = tokenise(n);
        long numbers = tokens.stream().filter(t -> t.type() == TokenType.NUMBER).count();
        if (numbers > 1) {
            if (isRange(tokens)) {
                throw new TargetParseException(TargetParseException.RANGE_NOT_SUPPORTED,
                        "指标值“" + original + "”是一个区间；目标值只能有一个界限，请拆成两个指标或写成 ≥ / ≤ 的形式");
            }
            if (isComposite(n)) {
                return new TargetValue(original, Direction.QUALITATIVE, null, null, null, QualitativeKind.COMPOSITE, null);
            }
            throw new TargetParseException(TargetParseException.MULTIPLE_NUMBERS,
                    "指标值“" + original + "”含有多个数值，无法确定以哪个为目标");
        }
        int at = indexOfNumber(tokens);
        List<Token> before = tokens.subList(0, at);
        List<Token> after = tokens.subList(at + 1, tokens.size());
        if (after.stream().anyMatch(t -> t.type() != TokenType.TEXT)) {
            throw ambiguousOperator(original);
        }
        Comparison symbol = null;
        int operatorIndex = -1;
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).type() == TokenType.OPERATOR) {
                if (operatorIndex >= 0) {
                    throw ambiguousOperator(original);
                }
                operatorIndex = i;
                symbol = Comparison.fromSymbol(before.get(i).text());
                if (symbol == null) {
                    throw ambiguousOperator(original);
                }
            }
        }
        String prefix = joinText(operatorIndex >= 0 ? before.subList(0, operatorIndex) : before);
        String between = operatorIndex >= 0 ? joinText(before.subList(operatorIndex + 1, before.size())) : "";
        boolean negative = false;
        if (operatorIndex < 0 && prefix.endsWith("-")) {
            prefix = prefix.substring(0, prefix.length() - 1);
            negative = true;
        } else if (between.equals("-")) {
            between = "";
            negative = true;
        }
        if (!between.isEmpty()) {
            if (endsWithAny(between, APPROXIMATE_PREFIXES) != null) {
                throw approximate(original);
            }
            throw ambiguousOperator(original);
        }
        if (endsWithAny(prefix, APPROXIMATE_PREFIXES) != null) {
            throw approximate(original);
        }
        Comparison word = null;
        for (Map.Entry<String, Comparison> entry : PREFIX_OPERATORS) {
            if (prefix.endsWith(entry.getKey())) {
                word = entry.getValue();
                prefix = prefix.substring(0, prefix.length() - entry.getKey().length());
                break;
            }
        }
        if (endsWithAny(prefix, APPROXIMATE_PREFIXES) != null) {
            throw approximate(original);
        }

        String suffix = joinText(after);
        if (startsWithAny(suffix, APPROXIMATE_AFTER_NUMBER) || endsWithAny(suffix, APPROXIMATE_SUFFIXES) != null) {
            throw approximate(original);
        }
        Comparison trailing = null;
        for (Map.Entry<String, Comparison> entry : SUFFIX_OPERATORS) {
            if (suffix.endsWith(entry.getKey())) {
                trailing = entry.getValue();
                suffix = suffix.substring(0, suffix.length() - entry.getKey().length());
                break;
            }
        }
        Comparison operator = agree(original, symbol, word, trailing);
        String unit = suffix.isEmpty() ? null : validUnit(original, suffix);
        BigDecimal value = number(original, tokens.get(at).text(), negative);

        if (operator == null && !prefix.isEmpty()) {
            if (containsAny(prefix, TREND_WORDS)) {
                return new TargetValue(original, Direction.QUALITATIVE, null, value, unit, QualitativeKind.TREND, null);
            }
            // A label is only trusted in front of an operator (满意度≥90%); 水域面积20 could be ≥, ≤ or =.
            throw unrecognised("指标值“" + original + "”中数值前的文字“" + prefix
                    + "”无法识别，请写成 ≥90%、≤10人次 或 =100% 的形式");
        }
        Direction direction;
        if (operator != null) {
            direction = operator.direction();
        } else {
            direction = value.signum() == 0 ? Direction.AT_MOST : Direction.AT_LEAST;
        }
        return new TargetValue(original, direction, operator, value, unit, null, null);
    }

    private static List<Token> tokenise(String n) {
        List<Token> tokens = new ArrayList<>();
        Matcher number = NUMBER.matcher(n);
        int i = 0;
        while (i < n.length()) {
            char c = n.charAt(i);
            int end;
            TokenType type;
            if (c >= '0' && c <= '9') {
                number.region(i, n.length());
                number.lookingAt();
                end = number.end();
                type = TokenType.NUMBER;
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                end = i;
                while (end < n.length() && OPERATOR_CHARS.indexOf(n.charAt(end)) >= 0) {
                    end++;
                }
                type = TokenType.OPERATOR;
            } else if (c == ' ') {
                end = i + 1;
                type = TokenType.SPACE;
            } else {
                end = i;
                while (end < n.length() && !isTokenBoundary(n.charAt(end))) {
                    end++;
                }
                type = TokenType.TEXT;
            }
            tokens.add(new Token(type, n.substring(i, end)));
            i = end;
        }
        return tokens;
    }

    private static boolean isTokenBoundary(char c) {
        return (c >= '0' && c <= '9') || c == ' ' || OPERATOR_CHARS.indexOf(c) >= 0;
    }

    private static boolean isRange(List<Token> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).type() == TokenType.NUMBER
                    && tokens.get(i + 1).type() == TokenType.TEXT
                    && tokens.get(i + 2).type() == TokenType.NUMBER) {
                String middle = tokens.get(i + 1).text();
                if (middle.length() <= 6 && endsWithAny(middle, List.of("~", "-", "—", "–", "至", "到")) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 9条湖溪，水域总面积20平方公里，岸线总长135公里: comma-separated clauses, one number each, some labelled. */
    private static boolean isComposite(String n) {
        String[] clauses = n.split("[,;:、]");
        if (clauses.length < 2) {
            return false;
        }
        boolean labelled = false;
        for (String clause : clauses) {
            List<Token> tokens = tokenise(clause);
            if (tokens.stream().filter(t -> t.type() == TokenType.NUMBER).count() != 1
                    || tokens.stream().anyMatch(t -> t.type() == TokenType.OPERATOR)) {
                return false;
            }
            Token first = tokens.get(0);
            if (first.type() == TokenType.TEXT && first.text().codePoints().anyMatch(Character::isLetter)) {
                labelled = true;
            }
        }
        return labelled;
    }

    private static int indexOfNumber(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).type() == TokenType.NUMBER) {
                return i;
            }
        }
        throw new IllegalStateException("caller checked that a digit is present");
    }

    private static Comparison agree(String original, Comparison... written) {
        Comparison result = null;
        for (Comparison c : written) {
            if (c == null) {
                continue;
            }
            if (result != null && result != c) {
                throw ambiguousOperator(original);
            }
            result = c;
        }
        return result;
    }

    private static String validUnit(String original, String unit) {
        boolean percentLike = unit.equals("%") || unit.equals("‰");
        boolean wordLike = unit.codePointCount(0, unit.length()) <= MAX_UNIT_LENGTH
                && unit.codePoints().allMatch(cp -> Character.isLetter(cp) || cp == '/' || cp == '²' || cp == '³')
                && !containsAny(unit, TREND_WORDS)
                && !containsAny(unit, ACHIEVED_WORDS)
                && !unit.startsWith("/") && !unit.endsWith("/");
        if (!percentLike && !wordLike) {
            throw new TargetParseException(TargetParseException.INVALID_UNIT,
                    "指标值“" + original + "”中的计量单位“" + unit + "”无法识别");
        }
        return unit;
    }

    private static BigDecimal number(String original, String digits, boolean negative) {
        String plain = digits.replace(",", "");
        if (plain.length() > MAX_DIGITS) {
            throw new TargetParseException(TargetParseException.NUMBER_TOO_LONG,
                    "指标值“" + original + "”中的数值位数过多");
        }
        BigDecimal value = new BigDecimal(plain);
        return negative ? value.negate() : value;
    }

    // ---------------------------------------------------------------- helpers

    private static String stripTrailingPunctuation(String n) {
        int end = n.length();
        while (end > 0 && "。.;!,、".indexOf(n.charAt(end - 1)) >= 0) {
            end--;
        }
        return n.substring(0, end);
    }

    private static boolean containsDigit(String n) {
        return n.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String endsWithAny(String text, List<String> words) {
        for (String w : words) {
            if (text.endsWith(w)) {
                return w;
            }
        }
        return null;
    }

    private static boolean startsWithAny(String text, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static String joinText(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            out.append(t.text());
        }
        return out.toString();
    }

    private static TargetParseException tooLong() {
        return new TargetParseException(TargetParseException.TARGET_TOO_LONG,
                "指标值过长（最多 " + MAX_LENGTH + " 个字符），请只填写目标值，说明写入指标说明");
    }

    private static TargetParseException unrecognised(String message) {
        return new TargetParseException(TargetParseException.UNRECOGNISED_TARGET, message);
    }

    private static TargetParseException ambiguousOperator(String original) {
        return new TargetParseException(TargetParseException.AMBIGUOUS_OPERATOR,
                "指标值“" + original + "”中的比较符有歧义，请只写一个：≥、≤、>、< 或 =");
    }

    private static TargetParseException approximate(String original) {
        return new TargetParseException(TargetParseException.APPROXIMATE_VALUE,
                "指标值“" + original + "”是约数，无法据此评分，请写明确的界限，如 ≥80%");
    }
}
