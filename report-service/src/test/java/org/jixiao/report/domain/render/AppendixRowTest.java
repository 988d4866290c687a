package org.jixiao.report.domain.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.report.domain.ReportFixtures;
import org.junit.jupiter.api.Test;

class AppendixRowTest {

    @Test
    void flattensGoalGroupsAndFillsEveryLevelName() {
        List<AppendixRow> rows = AppendixRow.of(ReportFixtures.seed004Summary().scoreTree());
        assertEquals(10, rows.size());
        AppendixRow execution = rows.get(0);
        assertFalse(execution.groupHeading());
        assertEquals("预算执行", execution.level1());
        assertNull(execution.level2());
        assertTrue(rows.get(1).groupHeading());
        assertEquals("年度目标 1", rows.get(1).goalGroup());
        AppendixRow jobs = rows.stream().filter(row -> "新增就业岗位".equals(row.level3())).findFirst().orElseThrow();
        assertEquals(List.of("年度目标 4", "产出指标", "数量指标"), List.of(jobs.goalGroup(), jobs.level1(), jobs.level2()));
        assertEquals(new BigDecimal("0.66"), jobs.score());
    }
}
