package org.jixiao.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * What some queries answer at one moment, to prove that a refused write changed nothing: take one before the call,
 * one after, and compare them with {@code assertEquals}. Each query answers one value (a row count, a sum of versions,
 * a fingerprint of the rows); the values are compared as text, exactly as the database prints them.
 *
 * <pre>{@code
 * TableSnapshot before = TableSnapshot.of(db, "select count(*) from unit", "select count(*) from outbox_message");
 * ... a refused write ...
 * assertEquals(before, TableSnapshot.of(db, ...the same queries...), "a refused write changed nothing");
 * }</pre>
 */
public final class TableSnapshot {
    private final List<String> queries;
    private final List<String> answers;

    private TableSnapshot(List<String> queries, List<String> answers) {
        this.queries = queries;
        this.answers = answers;
    }

    /** The first column of the first row of each query, asked now, in order. */
    public static TableSnapshot of(DataSource db, String... queries) {
        List<String> answers = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String query : queries) {
                try (ResultSet rs = s.executeQuery(query)) {
                    rs.next();
                    answers.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new TableSnapshot(List.of(queries), answers);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TableSnapshot snapshot && queries.equals(snapshot.queries)
                && answers.equals(snapshot.answers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(queries, answers);
    }

    /** One line a query: {@code query → answer}. */
    @Override
    public String toString() {
        return IntStream.range(0, queries.size()).mapToObj(i -> queries.get(i) + " → " + answers.get(i))
                .collect(Collectors.joining("\n", "\n", "\n"));
    }
}
