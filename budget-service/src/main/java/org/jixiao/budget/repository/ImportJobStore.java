package org.jixiao.budget.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Import jobs (table budget_import_job). Callers hold the transaction; the job service gives every update its own,
 * so that progress is visible while the import's transaction is still open.
 */
@ApplicationScoped
public class ImportJobStore {
    private static final String COLUMNS = "id, status, format, mode, dry_run, idempotency_key, source_system, "
            + "scope_prefix, created_by, request_id, upload_bytes, processed, total, http_status, replayed, summary, "
            + "error, created_at, started_at, finished_at";

    private final BudgetStore jdbc;

    public ImportJobStore(BudgetStore jdbc) {
        this.jdbc = jdbc;
    }

    /** One job row; {@code status} is the name of ImportJobDtos.JobStatus. */
    public record StoredJob(UUID id, String status, String format, String mode, boolean dryRun, String idempotencyKey,
                            String sourceSystem, String scopePrefix, String createdBy, String requestId,
                            long uploadBytes, long processed, Long total, Integer httpStatus, boolean replayed,
                            String summary, String error, OffsetDateTime createdAt, OffsetDateTime startedAt,
                            OffsetDateTime finishedAt) {
    }

    public void insert(StoredJob job) {
        jdbc.work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into budget_import_job (" + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, job.id());
                insert.setString(2, job.status());
                insert.setString(3, job.format());
                insert.setString(4, job.mode());
                insert.setBoolean(5, job.dryRun());
                insert.setString(6, job.idempotencyKey());
                insert.setString(7, job.sourceSystem());
                insert.setString(8, job.scopePrefix());
                insert.setString(9, job.createdBy());
                insert.setString(10, job.requestId());
                insert.setLong(11, job.uploadBytes());
                insert.setLong(12, job.processed());
                setLong(insert, 13, job.total());
                if (job.httpStatus() == null) {
                    insert.setNull(14, Types.INTEGER);
                } else {
                    insert.setInt(14, job.httpStatus());
                }
                insert.setBoolean(15, job.replayed());
                insert.setString(16, job.summary());
                insert.setString(17, job.error());
                insert.setObject(18, job.createdAt());
                insert.setObject(19, job.startedAt());
                insert.setObject(20, job.finishedAt());
                insert.executeUpdate();
            }
            return null;
        });
    }

    public Optional<StoredJob> find(UUID id) {
        return jdbc.work(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select " + COLUMNS + " from budget_import_job where id = ?")) {
                select.setObject(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    public void started(UUID id, String status, OffsetDateTime at) {
        update("update budget_import_job set status = ?, started_at = ? where id = ?", status, at, id);
    }

    public void total(UUID id, long total) {
        update("update budget_import_job set total = ? where id = ?", total, id);
    }

    public void progress(UUID id, long processed) {
        update("update budget_import_job set processed = ? where id = ?", processed, id);
    }

    /** The end of a job: its import's answer ({@code summary}) or the problem that stopped it ({@code error}). */
    public void finished(UUID id, String status, Long processed, int httpStatus, boolean replayed, String summary,
            String error, OffsetDateTime at) {
        jdbc.work(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update budget_import_job set status = ?, "
                    + "processed = coalesce(?, processed), http_status = ?, replayed = ?, summary = ?, error = ?, "
                    + "finished_at = ? where id = ?")) {
                update.setString(1, status);
                setLong(update, 2, processed);
                update.setInt(3, httpStatus);
                update.setBoolean(4, replayed);
                update.setString(5, summary);
                update.setString(6, error);
                update.setObject(7, at);
                update.setObject(8, id);
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Jobs still QUEUED or RUNNING when the service starts lost their spooled upload with the previous process:
     * they are marked FAILED with {@code error}. Returns how many.
     */
    public int abandon(String failedStatus, String error, OffsetDateTime at) {
        return jdbc.work(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update budget_import_job set status = ?, "
                    + "http_status = 500, error = ?, finished_at = ? where status in ('QUEUED', 'RUNNING')")) {
                update.setString(1, failedStatus);
                update.setString(2, error);
                update.setObject(3, at);
                return update.executeUpdate();
            }
        });
    }

    private void update(String sql, Object first, Object second, UUID id) {
        jdbc.work(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setObject(1, first);
                update.setObject(2, second);
                update.setObject(3, id);
                update.executeUpdate();
            }
            return null;
        });
    }

    private void update(String sql, Object value, UUID id) {
        jdbc.work(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setObject(1, value);
                update.setObject(2, id);
                update.executeUpdate();
            }
            return null;
        });
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static StoredJob read(ResultSet rs) throws SQLException {
        long total = rs.getLong(13);
        Long totalOrNull = rs.wasNull() ? null : total;
        int status = rs.getInt(14);
        Integer statusOrNull = rs.wasNull() ? null : status;
        return new StoredJob(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getLong(11), rs.getLong(12), totalOrNull, statusOrNull, rs.getBoolean(15),
                rs.getString(16), rs.getString(17), rs.getObject(18, OffsetDateTime.class),
                rs.getObject(19, OffsetDateTime.class), rs.getObject(20, OffsetDateTime.class));
    }
}
