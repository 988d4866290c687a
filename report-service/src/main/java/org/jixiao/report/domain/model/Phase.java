package org.jixiao.report.domain.model;

import java.time.LocalDate;
import java.util.Objects;

/** One step of 工作过程, e.g. 前期准备（2023年7月5日—7月11日）. Dates are optional: some reports only name the phase. */
public record Phase(String name, LocalDate start, LocalDate end) {
    public Phase {
        Objects.requireNonNull(name, "name");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("phase '" + name + "' ends before it starts");
        }
    }
}
