package org.jixiao.budget.service.imports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.jixiao.commons.problem.ProblemException;

/**
 * Streams rows out of {@code [ {row}, … ]} or {@code {"rows": [ {row}, … ]}} with Jackson's token parser: one row
 * object at a time, never the whole list. Amounts may be JSON strings or numbers; a number's literal text is
 * kept, so {@code 552.45} is read as exactly that and never through a double.
 */
public final class JsonBudgetRowReader implements BudgetRowReader {
    public static final String MALFORMED = "MALFORMED_JSON";

    private final JsonParser parser;
    private boolean started;
    private boolean finished;
    private boolean wrapped;
    private int rowNumber;

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
                row.unknownField(field);
                parser.skipChildren();
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
        String where = rowNumber > 0 ? "near row " + rowNumber + ": " : "";
        return ProblemException.invalid("body", MALFORMED, where + message);
    }
}
