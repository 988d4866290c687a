package org.jixiao.budget.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** The first answer to each bulk push, by Idempotency-Key. Callers hold the transaction. */
@ApplicationScoped
public class ImportRequestStore {
    private final BudgetStore jdbc;

    public ImportRequestStore(BudgetStore jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredAnswer(String requestHash, int httpStatus, String response) {
    }

    /**
     * Serialises requests with the same key until the transaction ends, so that of two concurrent first pushes
     * one applies and the other then finds its answer.
     */
    public void lock(String idempotencyKey) {
        jdbc.work(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 3))")) {
                lock.setString(1, idempotencyKey);
                lock.execute();
            }
            return null;
        });
    }

    public Optional<StoredAnswer> find(String idempotencyKey) {
        return jdbc.work(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select request_hash, http_status, response from budget_import_request where idempotency_key = ?")) {
                select.setString(1, idempotencyKey);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredAnswer(rs.getString(1), rs.getInt(2), rs.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    public void save(String idempotencyKey, StoredAnswer answer) {
        jdbc.work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into budget_import_request "
                    + "(idempotency_key, request_hash, http_status, response) values (?, ?, ?, ?)")) {
                insert.setString(1, idempotencyKey);
                insert.setString(2, answer.requestHash());
                insert.setInt(3, answer.httpStatus());
                insert.setString(4, answer.response());
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Marks where a push's writes begin, so that an atomic push that fails can undo them and still keep its answer. */
    public void savepoint() {
        execute("savepoint budget_import");
    }

    public void rollbackToSavepoint() {
        execute("rollback to savepoint budget_import");
    }

    private void execute(String sql) {
        jdbc.work(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute(sql);
            }
            return null;
        });
    }
}
