package org.jixiao.report.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.report.domain.ReportFixtures;
import org.jixiao.report.domain.findings.Finding;
import org.jixiao.report.domain.findings.Severity;
import org.junit.jupiter.api.Test;

class ReportModelTest {

    @Test
    void builderCountsTheSummaryAndDerivesTheTotal() {
        ReportModel model = ReportFixtures.seed000Finance();
        assertEquals(new BigDecimal("92.30"), model.total());
        assertEquals(new BigDecimal("100.00"), model.totalWeight());
        assertEquals(new BigDecimal("92.30"), model.totalScoreRate());
        assertEquals("7个一级指标、7个二级指标、14个三级指标", model.indicatorSummary().describe());
        assertEquals("2022年度嘉峪关市钢城街道办事处部门整体支出绩效评价报告", model.title());
        // Four categories lost points (部门规划, 运行成本, 管理效率, 社会效应): one unmet leaf each.
        assertEquals(4, model.targetAttainment().unmet().size());
    }

    @Test
    void anExplicitTotalIsKeptEvenWhenTheRowsDisagree() {
        // Seed 004 states 90.66 while its table rows sum to less; the report shows what scoring decided.
        ReportModel model = ReportFixtures.seed004Summary();
        assertEquals(new BigDecimal("26.66"), model.total());
        assertEquals("2022年度武汉东湖新技术开发区豹澥街道办事处部门整体绩效自评结果（摘要版）", model.title());
    }

    @Test
    void withFindingsReplacesOnlyTheFindings() {
        ReportModel model = ReportFixtures.seed000Finance();
        ReportModel updated = model.withFindings(List.of(Finding.entered(Severity.LOW, "新问题", null)));
        assertEquals(1, updated.findings().size());
        assertEquals(model.total(), updated.total());
        assertEquals(model.indicatorSummary(), updated.indicatorSummary());
    }

    @Test
    void requiresTheEssentials() {
        assertThrows(NullPointerException.class, () -> ReportModel.builder().build());
    }
}
