package org.jixiao.scoring.domain;

import java.math.BigDecimal;

/** One row of a score table as a report prints it (e.g. seed 004's summary: 预算执行 20.00 / 20.00). */
public record ReportedRow(String label, BigDecimal weight, BigDecimal score) {
}
