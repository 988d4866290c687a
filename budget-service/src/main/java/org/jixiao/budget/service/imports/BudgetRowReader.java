package org.jixiao.budget.service.imports;

import java.io.IOException;

/**
 * Reads a push body one row at a time, so that a body of 100,000 rows is never held as a list. A body that
 * cannot be read at all (broken JSON, a CSV header with unknown columns) fails with a ProblemException naming
 * {@code body}; a row that is merely wrong becomes a {@link RawRow} with read conflicts.
 */
public interface BudgetRowReader {

    /** The next row, or null after the last one. */
    RawRow next() throws IOException;
}
