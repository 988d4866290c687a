package org.jixiao.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A role × resource × action matrix of docs/security.md as a parameter source. Each row names an action and what it
 * acts on, and gives the status each role gets, in the column order of {@link #ROLES}; {@link #cases()} makes one
 * {@code (role, action, target, expected)} case of each cell.
 *
 * <pre>{@code
 * static final RoleMatrix<Action, String> MATRIX = new RoleMatrix<Action, String>()
 *         //                         admin evaluator district reporter viewer
 *         .row(Action.UNIT_GET, OWN,   200, 200,      200,     200,     200);
 *
 * static Stream<Arguments> cases() {
 *     return MATRIX.cases();
 * }
 * }</pre>
 *
 * @param <A> the actions of the service under test
 * @param <T> what an action is tried on: a unit code, an owner region, a situation
 */
public final class RoleMatrix<A, T> {

    /** The roles in the column order of every row. */
    public static final List<String> ROLES = List.of(Tokens.FINANCE_ADMIN, Tokens.EVALUATOR, Tokens.DISTRICT_SYSTEM,
            Tokens.UNIT_REPORTER, Tokens.VIEWER);

    private record Row<A, T>(A action, T target, int[] statusByRole) {
    }

    private final List<Row<A, T>> rows = new ArrayList<>();

    /** Adds a row: what each role gets when it tries {@code action} on {@code target}. */
    public RoleMatrix<A, T> row(A action, T target, int admin, int evaluator, int district, int reporter, int viewer) {
        rows.add(new Row<>(action, target, new int[] {admin, evaluator, district, reporter, viewer}));
        return this;
    }

    /** One {@code (role, action, target, expected)} case per cell: row by row, roles in {@link #ROLES} order. */
    public Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Row<A, T> r : rows) {
            for (int i = 0; i < ROLES.size(); i++) {
                cases.add(Arguments.of(ROLES.get(i), r.action(), r.target(), r.statusByRole()[i]));
            }
        }
        return cases.stream();
    }
}
