package org.jixiao.report.domain.render;

import java.math.BigDecimal;
import java.util.List;

/**
 * Format-neutral pieces of a report. {@link ReportOutline} decides what a report says once; each renderer only
 * decides how a block looks, so DOCX, PDF and HTML cannot drift apart in content.
 */
public sealed interface Block {

    record Title(String text, String subtitle) implements Block {
    }

    /** level 1 = 一、…; level 2 = （一）… */
    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record ItemList(List<String> items, boolean numbered) implements Block {
        public ItemList {
            items = List.copyOf(items);
        }
    }

    /** An empty header list means a key/value card without a header row. */
    record Table(String caption, List<Column> columns, List<Row> rows, Role role) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public boolean hasHeader() {
            return columns.stream().anyMatch(column -> !column.header().isEmpty());
        }
    }

    enum Role { CARD, BUDGET, CATEGORY, APPENDIX }

    /** width is relative to the other columns of the table. */
    record Column(String header, int width, boolean numeric) {
    }

    enum RowKind {
        BODY,
        /** A 年度目标 heading spanning the whole table; only the first cell is shown. */
        GROUP,
        TOTAL
    }

    record Row(List<String> cells, RowKind kind) {
        public Row {
            cells = cells.stream().map(cell -> cell == null ? "" : cell).toList();
        }
    }

    record Chart(String caption, List<ChartBar> bars) implements Block {
        public Chart {
            bars = List.copyOf(bars);
        }
    }

    /** One bar of the score-rate chart: a top-level node and its 得分率 in percent. */
    record ChartBar(String label, BigDecimal rate) {
    }

    record PageBreak() implements Block {
    }
}
