package org.jixiao.budget.domain;

import java.util.List;

/** The outcome of one push: every conflict found, and the parsed values of the rows without any. */
public record RowValidationResult(List<RowConflict> conflicts, List<ParsedBudgetRow> validRows) {

    public RowValidationResult {
        conflicts = List.copyOf(conflicts);
        validRows = List.copyOf(validRows);
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }
}
