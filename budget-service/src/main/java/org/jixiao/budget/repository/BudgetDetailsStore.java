package org.jixiao.budget.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;
import org.jixiao.budget.domain.FundSource;
import org.jixiao.budget.domain.MonthlyExecution;
import org.jixiao.budget.domain.ProjectLine;
import org.jixiao.budget.domain.SpecialFund;
import org.jixiao.budget.domain.ThreePublicExpense;
import org.jixiao.budget.domain.ThreePublicItem;

/**
 * The detail lists of a unit-year (V5__budget_breakdown_details.sql) in plain JDBC on the transaction's connection.
 * A list is replaced whole: delete and batched insert in the caller's transaction, so nothing is ever half written.
 * Callers hold the transaction and, before replacing a list, {@link #lockBudget} its unit-year.
 *
 * <p>Reading and replacing work the same way for every list; what differs (table, columns, row mapping) is stated
 * once per list in a {@link DetailTable}: {@link #PROJECTS}, {@link #THREE_PUBLIC_EXPENSES}, {@link #SPECIAL_FUNDS}
 * and {@link #MONTHLY_EXECUTION}.
 */
@ApplicationScoped
public class BudgetDetailsStore {

    /** The lists, as budget_detail_set.kind names them. */
    public enum Kind {
        PROJECTS, THREE_PUBLIC_EXPENSES, SPECIAL_FUNDS, MONTHLY_EXECUTION
    }

    /** A list's version (0: never stated) and when it was last changed (null: never). */
    public record SetVersion(int version, OffsetDateTime updatedAt) {
        public static final SetVersion NONE = new SetVersion(0, null);
    }

    /**
     * Where one list is stored and how a row maps to the domain. Both statements filter or start with unit_code and
     * fiscal_year (parameters 1 and 2); the writer binds the row's own columns from parameter 3 on.
     *
     * @param <T> the domain type of one row
     */
    public static final class DetailTable<T> {
        private final Kind kind;
        private final String table;
        private final String select;
        private final RowReader<T> reader;
        private final Comparator<T> order;
        private final String insert;
        private final RowWriter<T> writer;

        /** {@code order}: how the rows are sorted after reading; null when {@code select} orders them already. */
        private DetailTable(Kind kind, String table, String select, RowReader<T> reader, Comparator<T> order,
                String insert, RowWriter<T> writer) {
            this.kind = kind;
            this.table = table;
            this.select = select;
            this.reader = reader;
            this.order = order;
            this.insert = insert;
            this.writer = writer;
        }

        public Kind kind() {
            return kind;
        }
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Binds one row from parameter 3 on; position is its place in the list (0, 1, …), for tables that keep it. */
    @FunctionalInterface
    private interface RowWriter<T> {
        void bind(PreparedStatement insert, int position, T row) throws SQLException;
    }

    public static final DetailTable<ProjectLine> PROJECTS = new DetailTable<>(Kind.PROJECTS, "budget_project",
            "select project_code, project_name, fund_source, initial_budget, adjusted_budget, actual_expenditure, "
                    + "functional_code, economic_code from budget_project where unit_code = ? and fiscal_year = ? "
                    + "order by position",
            rs -> {
                String source = rs.getString(3);
                return new ProjectLine(rs.getString(1), rs.getString(2),
                        source == null ? null : FundSource.valueOf(source), rs.getBigDecimal(4), rs.getBigDecimal(5),
                        rs.getBigDecimal(6), rs.getString(7), rs.getString(8));
            },
            null,
            "insert into budget_project (unit_code, fiscal_year, position, project_code, project_name, fund_source, "
                    + "initial_budget, adjusted_budget, actual_expenditure, functional_code, economic_code) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (insert, position, line) -> {
                insert.setInt(3, position);
                insert.setString(4, line.projectCode());
                insert.setString(5, line.projectName());
                insert.setString(6, line.fundSource() == null ? null : line.fundSource().name());
                insert.setBigDecimal(7, line.initialBudget());
                money(insert, 8, line.adjustedBudget());
                insert.setBigDecimal(9, line.actualExpenditure());
                insert.setString(10, line.functionalCode());
                insert.setString(11, line.economicCode());
            });

    public static final DetailTable<ThreePublicExpense> THREE_PUBLIC_EXPENSES = new DetailTable<>(
            Kind.THREE_PUBLIC_EXPENSES, "budget_three_public_expense",
            "select item, budget, actual from budget_three_public_expense where unit_code = ? and fiscal_year = ?",
            rs -> new ThreePublicExpense(ThreePublicItem.valueOf(rs.getString(1)), rs.getBigDecimal(2),
                    rs.getBigDecimal(3)),
            // the enum's order (因公出国(境), 公务用车, 公务接待), as reports list them
            Comparator.comparing(ThreePublicExpense::item),
            "insert into budget_three_public_expense (unit_code, fiscal_year, item, budget, actual) "
                    + "values (?, ?, ?, ?, ?)",
            (insert, position, item) -> {
                insert.setString(3, item.item().name());
                insert.setBigDecimal(4, item.budget());
                money(insert, 5, item.actual());
            });

    public static final DetailTable<SpecialFund> SPECIAL_FUNDS = new DetailTable<>(Kind.SPECIAL_FUNDS,
            "budget_special_fund",
            "select code, name, total_amount, detailed_amount from budget_special_fund "
                    + "where unit_code = ? and fiscal_year = ? order by position",
            rs -> new SpecialFund(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)),
            null,
            "insert into budget_special_fund (unit_code, fiscal_year, position, code, name, total_amount, "
                    + "detailed_amount) values (?, ?, ?, ?, ?, ?, ?)",
            (insert, position, fund) -> {
                insert.setInt(3, position);
                insert.setString(4, fund.code());
                insert.setString(5, fund.name());
                insert.setBigDecimal(6, fund.totalAmount());
                insert.setBigDecimal(7, fund.detailedAmount());
            });

    public static final DetailTable<MonthlyExecution> MONTHLY_EXECUTION = new DetailTable<>(Kind.MONTHLY_EXECUTION,
            "budget_monthly_execution",
            "select month, cumulative_actual from budget_monthly_execution where unit_code = ? and fiscal_year = ? "
                    + "order by month",
            rs -> new MonthlyExecution(rs.getInt(1), rs.getBigDecimal(2)),
            null,
            "insert into budget_monthly_execution (unit_code, fiscal_year, month, cumulative_actual) "
                    + "values (?, ?, ?, ?)",
            (insert, position, month) -> {
                insert.setShort(3, (short) month.month());
                insert.setBigDecimal(4, month.cumulativeActual());
            });

    private final EntityManager entityManager;

    public BudgetDetailsStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Locks the unit-year's budget row until the transaction ends, so that two replacements of its lists run one
     * after the other and each sees the figures it checks against. The lock (FOR NO KEY UPDATE) lets the detail
     * tables' foreign keys be checked meanwhile. False when there is no budget for the unit-year.
     */
    public boolean lockBudget(String unitCode, int fiscalYear) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select 1 from budget where unit_code = ? and fiscal_year = ? for no key update")) {
                select.setString(1, unitCode);
                select.setInt(2, fiscalYear);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public SetVersion version(String unitCode, int fiscalYear, Kind kind) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select version, updated_at "
                    + "from budget_detail_set where unit_code = ? and fiscal_year = ? and kind = ?")) {
                select.setString(1, unitCode);
                select.setInt(2, fiscalYear);
                select.setString(3, kind.name());
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? new SetVersion(rs.getInt(1), rs.getObject(2, OffsetDateTime.class))
                            : SetVersion.NONE;
                }
            }
        });
    }

    /** The unit-year's rows of one list, in the list's order; empty while it was never stated. */
    public <T> List<T> read(String unitCode, int fiscalYear, DetailTable<T> list) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement(list.select)) {
                select.setString(1, unitCode);
                select.setInt(2, fiscalYear);
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(list.reader.read(rs));
                    }
                }
                if (list.order != null) {
                    rows.sort(list.order);
                }
                return rows;
            }
        });
    }

    /** Replaces the unit-year's rows of one list with {@code rows}, in their order, and records its version. */
    public <T> void replace(String unitCode, int fiscalYear, DetailTable<T> list, List<T> rows, SetVersion version) {
        work(connection -> {
            delete(connection, list.table, unitCode, fiscalYear);
            try (PreparedStatement insert = connection.prepareStatement(list.insert)) {
                int position = 0;
                for (T row : rows) {
                    insert.setString(1, unitCode);
                    insert.setInt(2, fiscalYear);
                    list.writer.bind(insert, position++, row);
                    insert.addBatch();
                }
                if (!rows.isEmpty()) {
                    insert.executeBatch();
                }
            }
            setVersion(connection, unitCode, fiscalYear, list.kind, version);
            return null;
        });
    }

    /** The unit-year's 三公经费 items, for the metrics ({@link org.jixiao.budget.domain.ListedTotals}). */
    public List<ThreePublicExpense> threePublicExpenses(String unitCode, int fiscalYear) {
        return read(unitCode, fiscalYear, THREE_PUBLIC_EXPENSES);
    }

    /** The unit-year's special funds, for the metrics ({@link org.jixiao.budget.domain.ListedTotals}). */
    public List<SpecialFund> specialFunds(String unitCode, int fiscalYear) {
        return read(unitCode, fiscalYear, SPECIAL_FUNDS);
    }

    private void setVersion(Connection connection, String unitCode, int fiscalYear, Kind kind, SetVersion version)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("insert into budget_detail_set "
                + "(unit_code, fiscal_year, kind, version, updated_at) values (?, ?, ?, ?, ?) "
                + "on conflict (unit_code, fiscal_year, kind) do update "
                + "set version = excluded.version, updated_at = excluded.updated_at")) {
            upsert.setString(1, unitCode);
            upsert.setInt(2, fiscalYear);
            upsert.setString(3, kind.name());
            upsert.setInt(4, version.version());
            upsert.setObject(5, version.updatedAt());
            upsert.executeUpdate();
        }
    }

    private static void delete(Connection connection, String table, String unitCode, int fiscalYear)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from " + table + " where unit_code = ? and fiscal_year = ?")) {
            delete.setString(1, unitCode);
            delete.setInt(2, fiscalYear);
            delete.executeUpdate();
        }
    }

    private static void money(PreparedStatement statement, int index, BigDecimal amount) throws SQLException {
        if (amount == null) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index, amount);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs on the connection of the current transaction, so these writes commit or roll back with the rest. */
    private <T> T work(SqlWork<T> work) {
        ReturningWork<T> returning = work::run;
        return entityManager.unwrap(Session.class).doReturningWork(returning);
    }
}
