package org.jixiao.budget.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.jdbc.ReturningWork;
import org.jixiao.budget.domain.BudgetContent;
import org.jixiao.budget.domain.BudgetFigures;
import org.jixiao.budget.domain.FundSource;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.events.EventTypes;
import org.jixiao.events.Topics;

/**
 * Budgets, their history and their change events in plain JDBC on the transaction's own connection: a push of
 * 100,000 rows must cost a handful of batched statements per thousand rows, not an entity per row.
 * Callers hold the transaction.
 */
@ApplicationScoped
public class BudgetStore {

    /** Stored columns in the order of {@link #values} and {@link #read}. */
    private static final List<String> CONTENT_COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of("initial_budget", "adjusted_budget", "funds_received",
                "actual_expenditure", "carry_over", "three_public_budget", "three_public_actual",
                "procurement_budget", "procurement_actual", "special_funds_total", "special_funds_detailed",
                "final_accounts_expenditure", "all_source_expenditure", "authorised_posts", "staff_in_post",
                "basic_expenditure", "personnel_expenditure", "operating_expenditure", "project_expenditure"));
        for (FundSource source : FundSource.values()) {
            columns.add(fundSourceColumn(source));
        }
        CONTENT_COLUMNS = List.copyOf(columns);
    }

    private static final int AUTHORISED_POSTS_INDEX = 13;
    private static final int STAFF_IN_POST_INDEX = 14;
    private static final String SELECT_COLUMNS = "b.unit_code, b.fiscal_year, b.version, b.updated_at, b."
            + String.join(", b.", CONTENT_COLUMNS);
    private static final String COPY_BUDGETS = "copy budget (unit_code, fiscal_year, version, updated_at, "
            + String.join(", ", CONTENT_COLUMNS) + ") from stdin";
    private static final String UPDATE = "update budget set version = ?, updated_at = ?, "
            + String.join(" = ?, ", CONTENT_COLUMNS) + " = ? where unit_code = ? and fiscal_year = ? and version = ?";
    private static final String COPY_HISTORY = "copy budget_history (unit_code, fiscal_year, version, changed_at, "
            + "changed_by, source_system, request_id, idempotency_key, after) from stdin";
    // The row commons' Outbox.enqueue writes, copied in bulk: the relay cannot tell the difference.
    private static final String COPY_OUTBOX = "copy outbox_message (id, topic, event_type, message_key, subject, "
            + "payload, created_at, attempts) from stdin";

    private final EntityManager entityManager;
    private final DataSource dataSource;

    public BudgetStore(EntityManager entityManager, DataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    public record UnitYear(String unitCode, int fiscalYear) {
    }

    public record StoredBudget(String unitCode, int fiscalYear, BudgetContent content, int version,
                               OffsetDateTime updatedAt) {
        public UnitYear key() {
            return new UnitYear(unitCode, fiscalYear);
        }
    }

    /**
     * One change to write: {@code before} is null for a new unit-year. {@code afterJson} is the resource after the
     * change, for the history; {@code eventPayload} is the budget.updated data.
     */
    public record BudgetWrite(StoredBudget before, StoredBudget after, String afterJson, String eventPayload) {
    }

    /** Who changed figures, when and through which call; the same for every row of one request. */
    public record Audit(OffsetDateTime changedAt, String changedBy, String sourceSystem, String requestId,
                        String idempotencyKey) {
    }

    public record HistoryRow(int version, OffsetDateTime changedAt, String changedBy, String sourceSystem,
                             String requestId, String idempotencyKey, String afterJson) {
    }

    /** Sums over one region (sub-region null = the whole prefix); rated* cover only units with a defined rate. */
    public record AggregateRow(String subRegion, long units, BigDecimal initialBudget, BigDecimal budgetInForce,
                               BigDecimal actualExpenditure, long ratedUnits, BigDecimal averageRate,
                               BigDecimal ratedActual, BigDecimal ratedBudget) {
    }

    public Optional<StoredBudget> find(String unitCode, int fiscalYear) {
        return Optional.ofNullable(findAll(List.of(new UnitYear(unitCode, fiscalYear)))
                .get(new UnitYear(unitCode, fiscalYear)));
    }

    /** The stored budgets among {@code keys}, in one query. */
    public Map<UnitYear, StoredBudget> findAll(Collection<UnitYear> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return work(connection -> selectBudgets(connection, keys));
    }

    /** Which of {@code codes} are registered units, in one query. */
    public Set<String> existingUnits(Collection<String> codes) {
        return existingUnits(codes, "");
    }

    /** Which of {@code codes} are registered units whose region starts with {@code scopePrefix}, in one query. */
    public Set<String> existingUnits(Collection<String> codes, String scopePrefix) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return work(connection -> selectUnits(connection, codes, scopePrefix));
    }

    /**
     * The look-ups of a push on a pooled connection of their own, outside the push's transaction: each query sees
     * what is committed, as it would inside a READ COMMITTED transaction. A push never reads a unit-year it wrote
     * itself (a second row of the same unit-year is a DUPLICATE_ROW), and what others change meanwhile is caught
     * when writing (version check, unique key: 409), so the answers are the same. This lets the reading thread
     * look up the next rows while the transaction's connection is busy writing the previous ones.
     *
     * <p>Open it on a thread without a transaction: within one, the pool would hand out the transaction's own
     * connection.
     */
    public Lookups openLookups() {
        try {
            return new Lookups(dataSource.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("no connection for the look-ups of a push", e);
        }
    }

    /** See {@link #openLookups()}. Not thread-safe: one reading thread uses it. */
    public static final class Lookups implements AutoCloseable {
        private final Connection connection;

        private Lookups(Connection connection) {
            this.connection = connection;
        }

        public Map<UnitYear, StoredBudget> findAll(Collection<UnitYear> keys) {
            if (keys.isEmpty()) {
                return Map.of();
            }
            try {
                return selectBudgets(connection, keys);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot look up the budgets of a push", e);
            }
        }

        public Set<String> existingUnits(Collection<String> codes, String scopePrefix) {
            if (codes.isEmpty()) {
                return Set.of();
            }
            try {
                return selectUnits(connection, codes, scopePrefix);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot look up the units of a push", e);
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot return the look-up connection of a push", e);
            }
        }
    }

    private static Map<UnitYear, StoredBudget> selectBudgets(Connection connection, Collection<UnitYear> keys)
            throws SQLException {
        String[] units = new String[keys.size()];
        Integer[] years = new Integer[keys.size()];
        int i = 0;
        for (UnitYear key : keys) {
            units[i] = key.unitCode();
            years[i++] = key.fiscalYear();
        }
        Map<UnitYear, StoredBudget> found = new HashMap<>(keys.size() * 2);
        try (PreparedStatement select = connection.prepareStatement("select " + SELECT_COLUMNS
                + " from budget b join unnest(?::varchar[], ?::int[]) as k(u, y)"
                + " on b.unit_code = k.u and b.fiscal_year = k.y")) {
            select.setArray(1, connection.createArrayOf("varchar", units));
            select.setArray(2, connection.createArrayOf("int4", years));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    StoredBudget budget = read(rs);
                    found.put(budget.key(), budget);
                }
            }
        }
        return found;
    }

    private static Set<String> selectUnits(Connection connection, Collection<String> codes, String scopePrefix)
            throws SQLException {
        Set<String> found = new HashSet<>(codes.size() * 2);
        try (PreparedStatement select = connection.prepareStatement(
                "select code from unit where code = any(?) and region_code like ?")) {
            Array array = connection.createArrayOf("varchar", codes.toArray(new String[0]));
            select.setArray(1, array);
            select.setString(2, scopePrefix + "%");
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    public boolean unitExists(String code) {
        return !existingUnits(List.of(code)).isEmpty();
    }

    /**
     * Writes changed budgets, one history entry and one budget.updated outbox row each: new budgets, history and
     * outbox rows with one COPY each, updates as one JDBC batch.
     * An update finds the version it read or fails with 409: a concurrent writer changed the unit-year meanwhile.
     */
    public void write(List<BudgetWrite> writes, Audit audit) {
        if (writes.isEmpty()) {
            return;
        }
        try {
            insertAndUpdate(writes, audit);
        } catch (ConstraintViolationException concurrentInsert) {
            throw ProblemException.conflict("a budget of this push was created by another request meanwhile; retry");
        }
    }

    private void insertAndUpdate(List<BudgetWrite> writes, Audit audit) {
        work(connection -> {
            List<BudgetWrite> updates = new ArrayList<>();
            boolean anyNew = false;
            for (BudgetWrite write : writes) {
                if (write.before() != null) {
                    updates.add(write);
                } else {
                    anyNew = true;
                }
            }
            if (anyNew) {
                // the unique key (unit_code, fiscal_year) still refuses a unit-year another request created meanwhile
                try (CopyRows budgets = CopyRows.open(connection, COPY_BUDGETS)) {
                    for (BudgetWrite write : writes) {
                        if (write.before() == null) {
                            StoredBudget after = write.after();
                            budgets.text(after.unitCode()).number(after.fiscalYear()).number(after.version())
                                    .timestamp(after.updatedAt());
                            copyContent(budgets, after.content());
                            budgets.endRow();
                        }
                    }
                    budgets.finish();
                }
            }
            if (!updates.isEmpty()) {
                try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                    for (BudgetWrite write : updates) {
                        StoredBudget after = write.after();
                        update.setInt(1, after.version());
                        update.setObject(2, after.updatedAt());
                        int next = bindContent(update, 3, after.content());
                        update.setString(next, after.unitCode());
                        update.setInt(next + 1, after.fiscalYear());
                        update.setInt(next + 2, write.before().version());
                        update.addBatch();
                    }
                    int[] counts = update.executeBatch();
                    for (int i = 0; i < counts.length; i++) {
                        if (counts[i] == 0) {
                            StoredBudget after = updates.get(i).after();
                            throw ProblemException.conflict("the budget of unit " + after.unitCode() + " for "
                                    + after.fiscalYear() + " was changed by another request meanwhile; retry");
                        }
                    }
                }
            }
            try (CopyRows history = CopyRows.open(connection, COPY_HISTORY)) {
                for (BudgetWrite write : writes) {
                    StoredBudget after = write.after();
                    history.text(after.unitCode()).number(after.fiscalYear()).number(after.version())
                            .timestamp(audit.changedAt()).text(audit.changedBy()).text(audit.sourceSystem())
                            .text(audit.requestId()).text(audit.idempotencyKey()).text(write.afterJson());
                    history.endRow();
                }
                history.finish();
            }
            try (CopyRows outbox = CopyRows.open(connection, COPY_OUTBOX)) {
                for (BudgetWrite write : writes) {
                    StoredBudget after = write.after();
                    outbox.uuid(timeOrderedId()).text(Topics.BUDGET_UPDATED).text(EventTypes.BUDGET_UPDATED)
                            .text(after.unitCode()).text(after.unitCode() + "/" + after.fiscalYear())
                            .text(write.eventPayload()).timestamp(audit.changedAt()).number(0);
                    outbox.endRow();
                }
                outbox.finish();
            }
            return null;
        });
    }

    public List<HistoryRow> history(String unitCode, int fiscalYear) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select version, changed_at, changed_by, "
                    + "source_system, request_id, idempotency_key, after::text from budget_history "
                    + "where unit_code = ? and fiscal_year = ? order by version")) {
                select.setString(1, unitCode);
                select.setInt(2, fiscalYear);
                List<HistoryRow> rows = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new HistoryRow(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
                return rows;
            }
        });
    }

    /** The resource (JSON) as it stood at {@code instant}: the state after the last change at or before it. */
    public Optional<String> snapshotAsOf(String unitCode, int fiscalYear, OffsetDateTime instant) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select after::text from budget_history "
                    + "where unit_code = ? and fiscal_year = ? and changed_at <= ? "
                    + "order by changed_at desc, version desc limit 1")) {
                select.setString(1, unitCode);
                select.setInt(2, fiscalYear);
                select.setObject(3, instant);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Totals of one fiscal year over the units whose region code starts with {@code regionPrefix} and with the
     * caller's {@code scopePrefix} (only {@code onlyUnit} when not null), in one query:
     * the first row is the whole prefix, then one per sub-region of {@code groupDigits} digits when given.
     */
    public List<AggregateRow> aggregates(String regionPrefix, int fiscalYear, Integer groupDigits, String scopePrefix,
            String onlyUnit) {
        if (!regionPrefix.matches("\\d{0,9}") || groupDigits != null && (groupDigits < 1 || groupDigits > 12)) {
            throw new IllegalArgumentException("region prefix and group length are validated by the resource");
        }
        int length = groupDigits == null ? regionPrefix.length() : groupDigits;
        // The sub-region length is a validated small integer, inlined so that select and group by share one expression.
        String sql = """
                with rated as (
                    select substr(u.region_code, 1, %d) as sub_region,
                           b.initial_budget,
                           coalesce(b.adjusted_budget, b.initial_budget) as budget,
                           b.actual_expenditure as actual,
                           b.actual_expenditure is not null and coalesce(b.adjusted_budget, b.initial_budget) > 0 as rated
                    from budget b join unit u on u.code = b.unit_code
                    where u.region_code like ? and b.fiscal_year = ? and u.region_code like ?
                          and (cast(? as varchar) is null or u.code = ?)
                )
                select grouping(sub_region) = 1 as is_total, sub_region, count(*), sum(initial_budget), sum(budget),
                       sum(actual), count(*) filter (where rated),
                       avg(case when rated then actual * 100 / budget end),
                       sum(actual) filter (where rated), sum(budget) filter (where rated)
                from rated
                group by rollup (sub_region)
                order by is_total desc, sub_region
                """.formatted(length);
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, regionPrefix + "%");
                select.setInt(2, fiscalYear);
                select.setString(3, scopePrefix + "%");
                select.setString(4, onlyUnit);
                select.setString(5, onlyUnit);
                List<AggregateRow> rows = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        boolean total = rs.getBoolean(1);
                        rows.add(new AggregateRow(total ? null : rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                                rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getLong(7), rs.getBigDecimal(8),
                                rs.getBigDecimal(9), rs.getBigDecimal(10)));
                    }
                }
                return rows;
            }
        });
    }

    private static StoredBudget read(ResultSet rs) throws SQLException {
        int base = 5;
        BigDecimal[] money = new BigDecimal[CONTENT_COLUMNS.size()];
        for (int i = 0; i < CONTENT_COLUMNS.size(); i++) {
            if (i != AUTHORISED_POSTS_INDEX && i != STAFF_IN_POST_INDEX) {
                money[i] = rs.getBigDecimal(base + i);
            }
        }
        Integer authorisedPosts = rs.getObject(base + AUTHORISED_POSTS_INDEX, Integer.class);
        Integer staffInPost = rs.getObject(base + STAFF_IN_POST_INDEX, Integer.class);
        BudgetFigures figures = new BudgetFigures(money[0], money[1], money[2], money[3], money[4], money[5],
                money[6], money[7], money[8], money[9], money[10], money[11], money[12], authorisedPosts, staffInPost);
        Map<FundSource, BigDecimal> bySource = new EnumMap<>(FundSource.class);
        int index = 19;
        for (FundSource source : FundSource.values()) {
            if (money[index] != null) {
                bySource.put(source, money[index]);
            }
            index++;
        }
        BudgetContent content = new BudgetContent(figures, money[15], money[16], money[17], money[18], bySource);
        return new StoredBudget(rs.getString(1), rs.getInt(2), content, rs.getInt(3),
                rs.getObject(4, OffsetDateTime.class));
    }

    /**
     * An event id in the layout of RFC 9562's version 7: the current millisecond first, then 74 random bits. A
     * push's 100,000 ids then land at the end of outbox_message's primary key index instead of on random pages
     * all over it (a random UUID per row cost about a third more to insert). Unique as a random UUID is.
     */
    static UUID timeOrderedId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = System.currentTimeMillis() << 16 | 0x7000L | random.nextLong() & 0xFFFL;
        long leastSignificant = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }

    /** The content columns, in the order of {@link #CONTENT_COLUMNS}. */
    private static void copyContent(CopyRows row, BudgetContent c) {
        BudgetFigures f = c.figures();
        row.number(f.initialBudget()).number(f.adjustedBudget()).number(f.fundsReceived())
                .number(f.actualExpenditure()).number(f.carryOver()).number(f.threePublicBudget())
                .number(f.threePublicActual()).number(f.procurementBudget()).number(f.procurementActual())
                .number(f.specialFundsTotal()).number(f.specialFundsDetailed()).number(f.finalAccountsExpenditure())
                .number(f.allSourceExpenditure()).number(f.authorisedPosts()).number(f.staffInPost())
                .number(c.basicExpenditure()).number(c.personnelExpenditure()).number(c.operatingExpenditure())
                .number(c.projectExpenditure());
        for (FundSource source : FundSource.values()) {
            row.number(c.fundSourceExpenditure().get(source));
        }
    }

    /** Binds the content columns from {@code first}; returns the next free parameter index. */
    private static int bindContent(PreparedStatement statement, int first, BudgetContent c) throws SQLException {
        BudgetFigures f = c.figures();
        int i = first;
        for (BigDecimal amount : new BigDecimal[] {f.initialBudget(), f.adjustedBudget(), f.fundsReceived(),
                f.actualExpenditure(), f.carryOver(), f.threePublicBudget(), f.threePublicActual(),
                f.procurementBudget(), f.procurementActual(), f.specialFundsTotal(), f.specialFundsDetailed(),
                f.finalAccountsExpenditure(), f.allSourceExpenditure()}) {
            money(statement, i++, amount);
        }
        count(statement, i++, f.authorisedPosts());
        count(statement, i++, f.staffInPost());
        for (BigDecimal amount : new BigDecimal[] {c.basicExpenditure(), c.personnelExpenditure(),
                c.operatingExpenditure(), c.projectExpenditure()}) {
            money(statement, i++, amount);
        }
        for (FundSource source : FundSource.values()) {
            money(statement, i++, c.fundSourceExpenditure().get(source));
        }
        return i;
    }

    private static void money(PreparedStatement statement, int index, BigDecimal amount) throws SQLException {
        if (amount == null) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index, amount);
        }
    }

    private static void count(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static String fundSourceColumn(FundSource source) {
        return "fs_" + source.name().toLowerCase(java.util.Locale.ROOT);
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs on the connection of the current transaction, so JDBC and Hibernate writes commit or roll back together. */
    public <T> T work(SqlWork<T> work) {
        ReturningWork<T> returning = work::run;
        return entityManager.unwrap(Session.class).doReturningWork(returning);
    }
}
