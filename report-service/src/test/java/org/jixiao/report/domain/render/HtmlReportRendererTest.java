package org.jixiao.report.domain.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.jixiao.report.domain.ReportFixtures;
import org.junit.jupiter.api.Test;

class HtmlReportRendererTest {
    private final HtmlReportRenderer renderer = new HtmlReportRenderer();

    @Test
    void userTextIsEscapedSoScriptShowsAsText() {
        String html = renderer.html(ReportFixtures.hostile());
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;街道"), "unit name shown as text");
        assertFalse(html.toLowerCase().contains("<script"), "no script element");
        assertFalse(html.contains("<img"), "no image element from narrative");
        assertFalse(html.contains("<a href"), "no link from a recommendation");
        assertFalse(html.contains("<i>"), "no markup from indicator names");
        assertTrue(html.contains("&lt;/li&gt;&lt;script&gt;steal()&lt;/script&gt;"));
        assertFalse(html.contains("\u0000") || html.contains("\u0007"), "control characters dropped");
        assertTrue(html.contains("Content-Security-Policy"));
    }

    @Test
    void showsTheCategoryTableChartAndAppendix() {
        String html = renderer.html(ReportFixtures.seed000Finance());
        assertTrue(html.contains("<title>2022年度嘉峪关市钢城街道办事处部门整体支出绩效评价报告</title>"));
        assertTrue(html.contains("<td>运行成本</td><td class=\"num\">7.00</td><td class=\"num\">6.60</td>"
                + "<td class=\"num\">94.29%</td>"), "category row");
        assertTrue(html.contains("<tr class=\"total\"><td class=\"num\"></td><td>合计</td><td class=\"num\">100.00</td>"
                + "<td class=\"num\">92.30</td><td class=\"num\">92.30%</td></tr>"), "total row");
        assertTrue(html.contains("评价指标体系包括7个一级指标、7个二级指标、14个三级指标，总分100分。"));
        assertTrue(html.contains("<svg"), "inline chart");
        assertTrue(html.contains("<table class=\"appendix\">"));
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("评价等级为“优”"));
        assertTrue(html.contains("前期准备（2023年7月5日—2023年7月11日）"));
        assertEquals(html, new String(renderer.render(ReportFixtures.seed000Finance()), StandardCharsets.UTF_8));
    }

    @Test
    void groupsTheAppendixByGoal() {
        String html = renderer.html(ReportFixtures.seed004Summary());
        assertTrue(html.contains("<tr class=\"group\"><td colspan=\"8\">年度目标 4（8.50分，得分5.66）</td></tr>"), html);
        assertTrue(html.contains("年度目标 4 中产出指标“新增就业岗位”计划800个，实际为210个，未完成相应指标。"));
    }
}
