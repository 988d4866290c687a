package org.jixiao.scoring.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.jixiao.scoring.domain.EvaluationStatus;
import org.jixiao.scoring.domain.InputState;
import org.jixiao.scoring.domain.LeafInput;
import org.jixiao.scoring.domain.SurveyResult;

/**
 * The re-score job's reads and writes in plain JDBC on the transaction's connection: it touches every evaluation of a
 * region-year, so it reads only the columns it needs (the framework snapshot by hash, fetched once per distinct
 * snapshot) and writes only score, grade and scheme, in one batch per page.
 */
@ApplicationScoped
public class RescoreRows {
    private final EntityManager em;

    public RescoreRows(EntityManager em) {
        this.em = em;
    }

    /** What the job needs of one evaluation; {@code frameworkHash} identifies its framework snapshot. */
    public record Row(UUID id, String unitCode, EvaluationStatus status, String gradeScheme, BigDecimal total,
            String grade, OffsetDateTime updatedAt, String frameworkHash, String metricsSnapshot, String surveys,
            String reportedScores) {
    }

    /** A new score for an evaluation, applied only if nobody changed or finalized it since it was read. */
    public record ScoreUpdate(UUID id, String gradeScheme, BigDecimal total, String grade, OffsetDateTime readAt) {
    }

    private Session session() {
        return em.unwrap(Session.class);
    }

    public List<Row> page(String regionPrefix, int fiscalYear, UUID after, int size) {
        return session().doReturningWork(db -> {
            try (PreparedStatement q = db.prepareStatement("select id, unit_code, status, grade_scheme, total, grade, "
                    + "updated_at, md5(framework_snapshot::text), metrics_snapshot::text, surveys::text, "
                    + "reported_scores::text from evaluation where region_code like ? and fiscal_year = ? and id > ? "
                    + "order by id limit ?")) {
                q.setString(1, regionPrefix + "%");
                q.setInt(2, fiscalYear);
                q.setObject(3, after);
                q.setInt(4, size);
                List<Row> rows = new ArrayList<>(size);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2),
                                EvaluationStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getBigDecimal(5),
                                rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8),
                                rs.getString(9), rs.getString(10), rs.getString(11)));
                    }
                }
                return rows;
            }
        });
    }

    public String frameworkSnapshot(UUID evaluationId) {
        return session().doReturningWork(db -> {
            try (PreparedStatement q = db.prepareStatement("select framework_snapshot::text from evaluation where id = ?")) {
                q.setObject(1, evaluationId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    /** The entered inputs of many evaluations, by evaluation id, then leaf code. */
    public Map<UUID, Map<String, LeafInput>> inputs(List<UUID> evaluationIds) {
        Map<UUID, Map<String, LeafInput>> result = new HashMap<>(evaluationIds.size() * 2);
        if (evaluationIds.isEmpty()) {
            return result;
        }
        return session().doReturningWork(db -> {
            Array ids = db.createArrayOf("uuid", evaluationIds.toArray());
            try (PreparedStatement q = db.prepareStatement("select evaluation_id, leaf_code, state, actual, grade, "
                    + "achieved, manual_score, reason, survey_group, survey_issued, survey_valid, survey_satisfied, "
                    + "self_reported_score from evaluation_input where evaluation_id = any(?)")) {
                q.setArray(1, ids);
                q.setFetchSize(5000);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String code = rs.getString(2);
                        String group = rs.getString(9);
                        Boolean achieved = rs.getBoolean(6);
                        if (rs.wasNull()) {
                            achieved = null;
                        }
                        SurveyResult survey = group == null ? null
                                : new SurveyResult(group, rs.getInt(10), rs.getInt(11), rs.getInt(12));
                        result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>(128))
                                .put(code, new LeafInput(code, InputState.valueOf(rs.getString(3)), rs.getBigDecimal(4),
                                        rs.getString(5), achieved, rs.getBigDecimal(7), rs.getString(8), survey,
                                        rs.getBigDecimal(13)));
                    }
                }
            } finally {
                ids.free();
            }
            return result;
        });
    }

    /** Applies the updates in one batch; the ids of those skipped because the evaluation changed meanwhile. */
    public List<UUID> update(List<ScoreUpdate> updates, OffsetDateTime now) {
        if (updates.isEmpty()) {
            return List.of();
        }
        return session().doReturningWork(db -> {
            try (PreparedStatement u = db.prepareStatement("update evaluation set grade_scheme = ?, total = ?, grade = ?, "
                    + "updated_at = ? where id = ? and updated_at = ? and status <> 'FINALIZED'")) {
                for (ScoreUpdate s : updates) {
                    u.setString(1, s.gradeScheme());
                    u.setBigDecimal(2, s.total());
                    u.setString(3, s.grade());
                    u.setObject(4, now);
                    u.setObject(5, s.id());
                    u.setObject(6, s.readAt());
                    u.addBatch();
                }
                int[] counts = u.executeBatch();
                List<UUID> skipped = new ArrayList<>();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        skipped.add(updates.get(i).id());
                    }
                }
                return skipped;
            }
        });
    }
}
