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

    // 项目支出

    public List<ProjectLine> projects(String unitCode, int fiscalYear) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select project_code, project_name, "
                    + "fund_source, initial_budget, adjusted_budget, actual_expenditure, functional_code, economic_code "
                    + "from budget_project where unit_code = ? and fiscal_year = ? order by position")) {
                select.setString(1, unitCode);
                select.setInt(2, fiscalYear);
                List<ProjectLine> lines = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        String source = rs.getString(3);
                        lines.add(new ProjectLine(rs.getString(1), rs.getString(2),
                                source == null ? null : FundSource.valueOf(source), rs.getBigDecimal(4),
                                rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8)));
                    }
                }
                return lines;
            }
        });
    }

    public void replaceProjects(String unitCode, int fiscalYear, List<ProjectLine> lines, SetVersion version) {
        work(connection -> {
            delete(connection, "budget_project", unitCode, fiscalYear);
            try (PreparedStatement insert = connection.prepareStatement("insert into budget_project (unit_code, "
                    + "fiscal_year, position, project_code, project_name, fund_source, initial_budget, adjusted_budget, "
                    + "actual_expenditure, functional_code, economic_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (ProjectLine line : lines) {
                    insert.setString(1, unitCode);
                    insert.setInt(2, fiscalYear);
                    insert.setInt(3, position++);
                    insert.setString(4, line.projectCode());
                    insert.setString(5, line.projectName());
                    insert.setString(6, line.fundSource() == null ? null : line.fundSource().name());
                    insert.setBigDecimal(7, line.initialBudget());
                    money(insert, 8, line.adjustedBudget());
                    insert.setBigDecimal(9, line.actualExpenditure());
                    insert.setString(10, line.functionalCode());
                    insert.setString(11, line.economicCode());
                    insert.addBatch();
                }
                if (!lines.isEmpty()) {
                    insert.executeBatch();
                }
            }
            setVersion(connection, unitCode, fiscalYear, Kind.PROJECTS, version);
            return null;
        });
    }

    // 三公经费

    public List<ThreePublicExpense> threePublicExpenses(String unitCode, int fiscalYear) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select item, budget, actual "
                    + "from budget_three_public_expense where unit_code = ? and fiscal_year = ?")) {
                select.setString(1, unitCode);
                select.setInt(2, fiscalYear);
                List<ThreePublicExpense> items = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        items.add(new ThreePublicExpense(ThreePublicItem.valueOf(rs.getString(1)),
                                rs.getBigDecimal(2), rs.getBigDecimal(3)));
                    }
                }
                // the enum's order (因公出国(境), 公务用车, 公务接待), as reports list them
                items.sort((a, b) -> a.item().compareTo(b.item()));
                return items;
            }
        });
    }

    public void replaceThreePublicExpenses(String unitCode, int fiscalYear, List<ThreePublicExpense> items,
            SetVersion version) {
        work(connection -> {
            delete(connection, "budget_three_public_expense", unitCode, fiscalYear);
            try (PreparedStatement insert = connection.prepareStatement("insert into budget_three_public_expense "
                    + "(unit_code, fiscal_year, item, budget, actual) values (?, ?, ?, ?, ?)")) {
                for (ThreePublicExpense item : items) {
                    insert.setString(1, unitCode);
                    insert.setInt(2, fiscalYear);
                    insert.setString(3, item.item().name());
                    insert.setBigDecimal(4, item.budget());
                    money(insert, 5, item.actual());
                    insert.addBatch();
                }
                if (!items.isEmpty()) {
                    insert.executeBatch();
                }
            }
            setVersion(connection, unitCode, fiscalYear, Kind.THREE_PUBLIC_EXPENSES, version);
            return null;
        });
    }

    // 专项资金

    public List<SpecialFund> specialFunds(String unitCode, int fiscalYear) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select code, name, total_amount, "
                    + "detailed_amount from budget_special_fund where unit_code = ? and fiscal_year = ? "
                    + "order by position")) {
                select.setString(1, unitCode);
                select.setInt(2, fiscalYear);
                List<SpecialFund> funds = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        funds.add(new SpecialFund(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                                rs.getBigDecimal(4)));
                    }
                }
                return funds;
            }
        });
    }

    public void replaceSpecialFunds(String unitCode, int fiscalYear, List<SpecialFund> funds, SetVersion version) {
        work(connection -> {
            delete(connection, "budget_special_fund", unitCode, fiscalYear);
            try (PreparedStatement insert = connection.prepareStatement("insert into budget_special_fund (unit_code, "
                    + "fiscal_year, position, code, name, total_amount, detailed_amount) values (?, ?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (SpecialFund fund : funds) {
                    insert.setString(1, unitCode);
                    insert.setInt(2, fiscalYear);
                    insert.setInt(3, position++);
                    insert.setString(4, fund.code());
                    insert.setString(5, fund.name());
                    insert.setBigDecimal(6, fund.totalAmount());
                    insert.setBigDecimal(7, fund.detailedAmount());
                    insert.addBatch();
                }
                if (!funds.isEmpty()) {
                    insert.executeBatch();
                }
            }
            setVersion(connection, unitCode, fiscalYear, Kind.SPECIAL_FUNDS, version);
            return null;
        });
    }

    // 月度执行

    public List<MonthlyExecution> monthlyExecution(String unitCode, int fiscalYear) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select month, cumulative_actual "
                    + "from budget_monthly_execution where unit_code = ? and fiscal_year = ? order by month")) {
                select.setString(1, unitCode);
                select.setInt(2, fiscalYear);
                List<MonthlyExecution> months = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        months.add(new MonthlyExecution(rs.getInt(1), rs.getBigDecimal(2)));
                    }
                }
                return months;
            }
        });
    }

    public void replaceMonthlyExecution(String unitCode, int fiscalYear, List<MonthlyExecution> months,
            SetVersion version) {
        work(connection -> {
            delete(connection, "budget_monthly_execution", unitCode, fiscalYear);
            try (PreparedStatement insert = connection.prepareStatement("insert into budget_monthly_execution "
                    + "(unit_code, fiscal_year, month, cumulative_actual) values (?, ?, ?, ?)")) {
                for (MonthlyExecution month : months) {
                    insert.setString(1, unitCode);
                    insert.setInt(2, fiscalYear);
                    insert.setShort(3, (short) month.month());
                    insert.setBigDecimal(4, month.cumulativeActual());
                    insert.addBatch();
                }
                if (!months.isEmpty()) {
                    insert.executeBatch();
                }
            }
            setVersion(connection, unitCode, fiscalYear, Kind.MONTHLY_EXECUTION, version);
            return null;
        });
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
