package org.jixiao.budget.service.imports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.budget.domain.FundSource;
import org.jixiao.budget.domain.MonthlyExecutions;
import org.jixiao.budget.domain.ProjectLines;
import org.jixiao.budget.domain.RowConflict;
import org.jixiao.budget.domain.SpecialFunds;
import org.jixiao.budget.domain.ThreePublicExpenses;
import org.jixiao.budget.domain.ThreePublicItem;
import org.jixiao.commons.problem.ProblemException;

/**
 * Streams rows out of {@code [ {row}, … ]} or {@code {"rows": [ {row}, … ]}} with Jackson's token parser: one row
 * object at a time, never the whole list. Amounts may be JSON strings or numbers; a number's literal text is
 * kept, so {@code 552.45} is read as exactly that and never through a double. A row may carry the unit-year's detail
 * lists ({@link RowDetails}) in the shapes of the sub-resource PUT bodies, minus amountUnit (the row's applies).
 */
public final class JsonBudgetRowReader implements BudgetRowReader {
    public static final String MALFORMED = "MALFORMED_JSON";

    private final JsonParser parser;
    private boolean started;
    private boolean finished;
    private boolean wrapped;
    private int rowNumber;
    /** The body is one row object ({@link #readSingle}), not a list. */
    private boolean single;

    public JsonBudgetRowReader(JsonParser parser) {
        this.parser = parser;
    }

    @Override
    public RawRow next() throws IOException {
        if (finished) {
            return null;
        }
        try {
            if (!started) {
                start();
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                finish();
                return null;
            }
            if (token == null) {
                throw malformed("the body ends inside the list of rows");
            }
            rowNumber++;
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return RowAssembler.notARecord(rowNumber, "第 " + rowNumber + " 行应为 JSON 对象，实为 " + kind(token));
            }
            return readRow();
        } catch (JsonProcessingException e) {
            throw malformed(e.getOriginalMessage() + at(e.getLocation()));
        }
    }

    /**
     * Reads a body that is one row object, as PUT /api/v1/budgets/{unitCode}/{fiscalYear} takes it: the same fields,
     * types and read conflicts as a row of a push (row number 1), so that the two cannot drift apart.
     */
    public static RawRow readSingle(JsonParser parser) {
        JsonBudgetRowReader reader = new JsonBudgetRowReader(parser);
        reader.single = true;
        try {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw reader.malformed("the body must be one JSON object, the fields of a push row");
            }
            reader.rowNumber = 1;
            RawRow row = reader.readRow();
            if (parser.nextToken() != null) {
                throw reader.malformed("content after the end of the body" + at(parser.currentLocation()));
            }
            return row;
        } catch (JsonProcessingException e) {
            throw reader.malformed(e.getOriginalMessage() + at(e.getLocation()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the request body", e);
        }
    }

    private void start() throws IOException {
        started = true;
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_OBJECT) {
            JsonToken field = parser.nextToken();
            if (field != JsonToken.FIELD_NAME || !"rows".equals(parser.currentName())
                    || parser.nextToken() != JsonToken.START_ARRAY) {
                throw malformed("an object body must be {\"rows\": [ … ]}");
            }
            wrapped = true;
            return;
        }
        if (first != JsonToken.START_ARRAY) {
            throw malformed("the body must be a JSON array of rows or {\"rows\": [ … ]}");
        }
    }

    private void finish() throws IOException {
        finished = true;
        if (wrapped && parser.nextToken() != JsonToken.END_OBJECT) {
            throw malformed("nothing may follow \"rows\" in the body object");
        }
        if (parser.nextToken() != null) {
            throw malformed("content after the end of the body" + at(parser.currentLocation()));
        }
    }

    private RawRow readRow() throws IOException {
        RowAssembler row = new RowAssembler(rowNumber);
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!row.firstOccurrence(field)) {
                parser.skipChildren();
                continue;
            }
            if ("fundSourceExpenditure".equals(field)) {
                fundSources(row, value);
            } else if (!RowAssembler.ALL_FIELDS.contains(field) || field.startsWith(RowAssembler.FUND_SOURCE_PREFIX)) {
                // checked only here, after the known fields: a row without lists is read exactly as before
                if (RowDetails.FIELDS.contains(field)) {
                    list(row, field, value);
                } else {
                    row.unknownField(field);
                    parser.skipChildren();
                }
            } else if (RowAssembler.isIntegerField(field)) {
                integer(row, field, value);
            } else {
                text(row, field, value);
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw malformed("unexpected " + token + at(parser.currentLocation()));
        }
        return row.build();
    }

    private void text(RowAssembler row, String field, JsonToken value) throws IOException {
        switch (value) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> row.text(field, parser.getText());
            case VALUE_NULL -> { }
            default -> {
                row.wrongType(field, "文本或数字，实为 " + kind(value));
                parser.skipChildren();
            }
        }
    }

    private void integer(RowAssembler row, String field, JsonToken value) throws IOException {
        switch (value) {
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() == JsonParser.NumberType.INT) {
                    row.integer(field, parser.getIntValue());
                } else {
                    row.integerTooLarge(field);
                }
            }
            case VALUE_STRING, VALUE_NUMBER_FLOAT -> row.text(field, parser.getText());
            case VALUE_NULL -> { }
            default -> {
                row.wrongType(field, "整数，实为 " + kind(value));
                parser.skipChildren();
            }
        }
    }

    private void fundSources(RowAssembler row, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value != JsonToken.START_OBJECT) {
            row.wrongType("fundSourceExpenditure", "对象 {\"GENERAL_APPROPRIATION\": \"…\"}，实为 " + kind(value));
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = RowAssembler.FUND_SOURCE_PREFIX + parser.currentName();
            JsonToken amount = parser.nextToken();
            if (row.firstOccurrence(field)) {
                text(row, field, amount);
            } else {
                parser.skipChildren();
            }
        }
    }

    /**
     * One detail list of the row ({@link RowDetails#FIELDS}): null or absent leaves the stored list alone, an array
     * replaces it. At most {@value #MAX_LIST_ENTRIES} entries are kept, which is more than any list may have, so a
     * longer list is still refused as too long without being held whole.
     */
    private void list(RowAssembler row, String field, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value != JsonToken.START_ARRAY) {
            row.wrongType(field, "数组，实为 " + kind(value));
            parser.skipChildren();
            return;
        }
        Set<String> fields = RowDetails.entryFields(field);
        List<Object> entries = new ArrayList<>();
        int index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw malformed("the body ends inside " + field);
            }
            String at = field + "[" + index++ + "]";
            if (entries.size() > MAX_LIST_ENTRIES) {
                parser.skipChildren();
            } else if (token != JsonToken.START_OBJECT) {
                row.conflict(at, RowConflict.WRONG_TYPE, at + " 应为对象，实为 " + kind(token));
                parser.skipChildren();
                entries.add(null);
            } else {
                entries.add(entry(row, field, at, fields));
            }
        }
        row.details(field, entries);
    }

    static final int MAX_LIST_ENTRIES = 5000;

    /** One entry of a list, as the domain's Input of that list; its shape problems become row conflicts. */
    private Object entry(RowAssembler row, String list, String at, Set<String> fields) throws IOException {
        Map<String, String> values = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            String path = RowAssembler.shortName(at + "." + name);
            if (!fields.contains(name)) {
                row.conflict(path, RowConflict.UNKNOWN_FIELD, "未知字段 " + path + "（字段名区分大小写，与明细接口相同）");
                parser.skipChildren();
            } else if (values.containsKey(name)) {
                row.conflict(path, RowConflict.DUPLICATE_FIELD, "字段 " + path + " 出现了两次");
                parser.skipChildren();
            } else if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT
                    || value == JsonToken.VALUE_NUMBER_FLOAT) {
                values.put(name, parser.getText());
            } else {
                if (value != JsonToken.VALUE_NULL) {
                    row.conflict(path, RowConflict.WRONG_TYPE, "字段 " + path + " 应为文本或数字，实为 " + kind(value));
                    parser.skipChildren();
                }
                values.put(name, null);
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw malformed("unexpected " + token + at(parser.currentLocation()));
        }
        return switch (list) {
            case RowDetails.PROJECTS -> new ProjectLines.Input(values.get("projectCode"), values.get("projectName"),
                    fundSource(row, at + ".fundSource", values.get("fundSource")), values.get("initialBudget"),
                    values.get("adjustedBudget"), values.get("actualExpenditure"), values.get("functionalCode"),
                    values.get("economicCode"));
            case RowDetails.THREE_PUBLIC_EXPENSES -> new ThreePublicExpenses.Input(
                    item(row, at + ".item", values.get("item")), values.get("budget"), values.get("actual"));
            case RowDetails.SPECIAL_FUNDS -> new SpecialFunds.Input(values.get("code"), values.get("name"),
                    values.get("totalAmount"), values.get("detailedAmount"));
            default -> new MonthlyExecutions.Input(month(row, at + ".month", values.get("month")),
                    values.get("cumulativeActual"));
        };
    }

    private static FundSource fundSource(RowAssembler row, String path, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        FundSource source = RowAssembler.fundSourceNamed(text.strip());
        if (source == null) {
            row.conflict(path, RowConflict.UNKNOWN_FUND_SOURCE, "未知的资金来源「" + RowAssembler.shortName(text)
                    + "」，应为 GENERAL_APPROPRIATION、GOVERNMENT_FUND、STATE_CAPITAL、SPECIAL_ACCOUNT、UNIT_OWN 或 OTHER");
        }
        return source;
    }

    private static ThreePublicItem item(RowAssembler row, String path, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (ThreePublicItem item : ThreePublicItem.values()) {
            if (item.name().equals(text.strip())) {
                return item;
            }
        }
        row.conflict(path, INVALID_FORMAT, "未知的三公经费项目「" + RowAssembler.shortName(text)
                + "」，应为 OVERSEAS_TRAVEL、OFFICIAL_VEHICLES 或 OFFICIAL_RECEPTION");
        return null;
    }

    /** The code the sub-resource PUT answers for a value outside an enum. */
    static final String INVALID_FORMAT = "INVALID_FORMAT";

    private static BigDecimal month(RowAssembler row, String path, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            row.conflict(path, RowConflict.NOT_AN_INTEGER, "月份应为 1 到 12 的整数：「" + RowAssembler.shortName(text)
                    + "」");
            return null;
        }
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "对象";
            case START_ARRAY -> "数组";
            case VALUE_TRUE, VALUE_FALSE -> "布尔值";
            case VALUE_STRING -> "文本";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "数字";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private ProblemException malformed(String message) {
        String where = rowNumber > 0 && !single ? "near row " + rowNumber + ": " : "";
        return ProblemException.invalid("body", MALFORMED, where + message);
    }
}
