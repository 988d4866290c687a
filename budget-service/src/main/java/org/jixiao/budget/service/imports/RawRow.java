package org.jixiao.budget.service.imports;

import java.util.List;
import org.jixiao.budget.domain.BudgetRow;
import org.jixiao.budget.domain.RowConflict;

/**
 * One row as read from a push body, before validation.
 *
 * @param row          the fields that could be read; null when the row was not even a record (then not validated)
 * @param readConflicts shape problems found while reading (wrong JSON type, unknown field …); a validator
 *                     conflict on a field listed here is a consequence of it and is not reported again
 * @param details       the detail lists a JSON row carried; null when it carried none (see {@link RowDetails})
 */
public record RawRow(int rowNumber, BudgetRow row, List<RowConflict> readConflicts, RowDetails details) {

    public RawRow {
        readConflicts = List.copyOf(readConflicts);
    }

    /** A row without detail lists (every CSV and XLSX row, and JSON rows that carry none). */
    public RawRow(int rowNumber, BudgetRow row, List<RowConflict> readConflicts) {
        this(rowNumber, row, readConflicts, null);
    }
}
