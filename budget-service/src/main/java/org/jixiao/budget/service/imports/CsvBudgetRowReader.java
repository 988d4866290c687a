package org.jixiao.budget.service.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.budget.domain.RowConflict;
import org.jixiao.commons.problem.ProblemException;

/**
 * Streams rows out of RFC 4180 CSV (UTF-8, optional BOM, quoted cells with {@code ""} escapes and line breaks,
 * CRLF or LF). The first record is the header of field names as in the template; empty cells are "not
 * reported". A row's number is its line in a spreadsheet: the header is row 1, the first data row is row 2.
 */
public final class CsvBudgetRowReader implements BudgetRowReader {
    public static final String MALFORMED = "MALFORMED_CSV";
    /** A cell longer than this is no amount, code or year; refusing it keeps memory bounded. */
    private static final int MAX_CELL = 10_000;

    private final Reader in;
    private List<String> header;
    private int record;
    private int pushedBack = -2;
    private boolean eof;

    public CsvBudgetRowReader(Reader in) {
        this.in = in;
    }

    @Override
    public RawRow next() throws IOException {
        if (header == null) {
            readHeader();
        }
        List<String> cells;
        do {
            cells = readRecord();
            if (cells == null) {
                return null;
            }
            record++;
        } while (cells.size() == 1 && cells.get(0).isBlank());
        int rowNumber = record;
        RowAssembler row = new RowAssembler(rowNumber);
        if (cells.size() != header.size()) {
            return new RawRow(rowNumber, null, List.of(new RowConflict(rowNumber, "row",
                    RowConflict.WRONG_COLUMN_COUNT, "第 " + rowNumber + " 行有 " + cells.size() + " 列，表头有 "
                    + header.size() + " 列")));
        }
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (!cell.isEmpty()) {
                row.text(header.get(i), cell);
            }
        }
        return row.build();
    }

    private void readHeader() throws IOException {
        int first = in.read();
        if (first != '\uFEFF') {
            pushedBack = first;
        }
        List<String> names = readRecord();
        if (names == null) {
            throw malformed("the body is empty; the first line must be the header of the template");
        }
        record = 1;
        Set<String> seen = new HashSet<>();
        List<String> fields = new ArrayList<>(names.size());
        for (String name : names) {
            String field = name.strip();
            if (!RowAssembler.ALL_FIELDS.contains(field) && !isFundSourceLabel(field)) {
                throw malformed("unknown column " + RowAssembler.shortName(field)
                        + " in the header; download the template for the column names");
            }
            if (!seen.add(field)) {
                throw malformed("column " + field + " appears twice in the header");
            }
            fields.add(field);
        }
        header = List.copyOf(fields);
    }

    private static boolean isFundSourceLabel(String field) {
        return field.startsWith(RowAssembler.FUND_SOURCE_PREFIX)
                && RowAssembler.fundSourceNamed(field.substring(RowAssembler.FUND_SOURCE_PREFIX.length())) != null;
    }

    /** One record's cells, or null at the end of the input. */
    private List<String> readRecord() throws IOException {
        if (eof) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        while (true) {
            int c = read();
            if (c == -1) {
                eof = true;
                if (quoted) {
                    throw malformed("a quoted cell is not closed before the end of the body");
                }
                if (!any && cells.isEmpty()) {
                    return null;
                }
                cells.add(cell.toString());
                return cells;
            }
            any = true;
            if (quoted) {
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        append(cell, '"');
                    } else {
                        quoted = false;
                        pushedBack = next;
                    }
                } else {
                    append(cell, (char) c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (!cell.isEmpty()) {
                        throw malformed("a quote inside an unquoted cell in row " + (record + 1));
                    }
                    quoted = true;
                }
                case ',' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                }
                case '\r' -> {
                    int next = read();
                    if (next != '\n') {
                        pushedBack = next;
                    }
                    cells.add(cell.toString());
                    return cells;
                }
                case '\n' -> {
                    cells.add(cell.toString());
                    return cells;
                }
                default -> append(cell, (char) c);
            }
        }
    }

    private void append(StringBuilder cell, char c) {
        if (cell.length() >= MAX_CELL) {
            throw malformed("a cell in row " + (record + 1) + " is longer than " + MAX_CELL + " characters");
        }
        cell.append(c);
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private ProblemException malformed(String message) {
        return ProblemException.invalid("body", MALFORMED, message);
    }
}
