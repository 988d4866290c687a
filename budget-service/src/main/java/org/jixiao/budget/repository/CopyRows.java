package org.jixiao.budget.repository;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows sent to PostgreSQL with {@code COPY … FROM STDIN} (text format) on the transaction's own connection: one
 * statement for many rows, and the server inserts while the rows are still being written, instead of parsing and
 * planning a multi-row INSERT of a few hundred bound parameters at a time. Same constraints, triggers and
 * transaction as an INSERT. Rows are buffered up to {@value #FLUSH_CHARS} characters, so memory stays bounded.
 *
 * <pre>{@code
 * try (CopyRows rows = CopyRows.open(connection, "copy t (a, b) from stdin")) {
 *     rows.text("x").number(BigDecimal.ONE).endRow();
 *     rows.finish();
 * }
 * }</pre>
 */
final class CopyRows implements AutoCloseable {
    private static final int FLUSH_CHARS = 32 * 1024;
    /** Microseconds with an explicit offset: exactly what timestamptz stores, whatever the session's time zone. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx");

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
    private boolean rowStarted;

    private CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts {@code sql}, a {@code COPY table (columns) FROM STDIN} in text format. */
    static CopyRows open(Connection connection, String sql) throws SQLException {
        return new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
    }

    /** A text value, escaped for the text format; null is SQL NULL. */
    CopyRows text(String value) {
        separate();
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        int plain = 0;
        while (plain < value.length() && !special(value.charAt(plain))) {
            plain++;
        }
        if (plain == value.length()) {
            buffer.append(value); // most values (codes, JSON without backslashes) have nothing to escape
            return this;
        }
        buffer.append(value, 0, plain);
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                case '\t' -> buffer.append("\\t");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    CopyRows number(BigDecimal value) {
        separate();
        if (value == null) {
            buffer.append("\\N");
        } else {
            buffer.append(value.toPlainString());
        }
        return this;
    }

    CopyRows number(Integer value) {
        separate();
        if (value == null) {
            buffer.append("\\N");
        } else {
            buffer.append(value.intValue());
        }
        return this;
    }

    CopyRows number(int value) {
        separate();
        buffer.append(value);
        return this;
    }

    CopyRows timestamp(OffsetDateTime value) {
        separate();
        if (value == null) {
            buffer.append("\\N");
        } else {
            TIMESTAMP.formatTo(value, buffer);
        }
        return this;
    }

    CopyRows uuid(UUID value) {
        separate();
        buffer.append(value);
        return this;
    }

    /** Ends the current row; sends the buffer when it is full. */
    void endRow() throws SQLException {
        buffer.append('\n');
        rowStarted = false;
        if (buffer.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    /** Sends what is left and ends the COPY; returns the number of rows the server inserted. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Cancels the COPY when it did not finish (an error): the connection must not stay in COPY mode. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private static boolean special(char c) {
        return c == '\\' || c == '\n' || c == '\r' || c == '\t';
    }

    private void separate() {
        if (rowStarted) {
            buffer.append('\t');
        }
        rowStarted = true;
    }

    private void flush() throws SQLException {
        if (buffer.length() == 0) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        copy.writeToCopy(bytes, 0, bytes.length);
    }
}
