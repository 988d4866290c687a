package org.jixiao.report.domain.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.report.domain.ReportFixtures;
import org.jixiao.report.domain.model.ReportKind;
import org.jixiao.report.domain.model.ReportModel;
import org.jixiao.report.domain.render.Block.Heading;
import org.jixiao.report.domain.render.Block.Paragraph;
import org.jixiao.report.domain.render.Block.Table;
import org.junit.jupiter.api.Test;

class ReportOutlineTest {

    private static List<String> sections(List<Block> blocks) {
        return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast)
                .filter(heading -> heading.level() == 1).map(Heading::text).toList();
    }

    private static List<String> paragraphs(List<Block> blocks) {
        return blocks.stream().filter(Paragraph.class::isInstance).map(block -> ((Paragraph) block).text()).toList();
    }

    @Test
    void financeEvaluationFollowsSeeds000And001() {
        List<Block> blocks = ReportOutline.of(ReportFixtures.seed000Finance());
        assertEquals(List.of("一、基本情况", "二、绩效目标", "三、评价基本情况", "四、评价结论", "五、绩效分析", "六、主要成效",
                "七、存在问题", "八、有关建议", "九、其他需要说明的事项", "附件：部门整体支出绩效评价指标得分表"), sections(blocks));
        assertTrue(paragraphs(blocks).contains(
                "经综合评价，嘉峪关市钢城街道办事处2022年度部门整体支出绩效评价得分为92.30分，评价等级为“优”。各一级指标得分情况如下："));
        assertTrue(blocks.stream().anyMatch(block -> block instanceof Block.Chart));
    }

    @Test
    void selfSummaryFollowsSeed004() {
        List<Block> blocks = ReportOutline.of(ReportFixtures.seed004Summary());
        List<String> paragraphs = paragraphs(blocks);
        assertTrue(paragraphs.contains("武汉东湖新技术开发区豹澥街道办事处2022年度预算批复部门整体支出13786.00万元，"
                + "调整后的部门预算支出13581.29万元，部门整体决算支出13581.29万元，预算执行率为100.00%。"), paragraphs.toString());
        assertTrue(paragraphs.contains("武汉东湖新技术开发区豹澥街道办事处2022年度2个年度目标共7项绩效目标，"
                + "经过自评完成了其中的3项绩效目标（详见附件1）。"));
        Table category = blocks.stream().filter(Table.class::isInstance).map(Table.class::cast)
                .filter(table -> table.role() == Block.Role.CATEGORY).findFirst().orElseThrow();
        assertEquals("类别", category.columns().get(1).header());
        assertEquals(List.of("1", "预算执行", "20.00", "20.00", "100.00%"), category.rows().get(0).cells());
    }

    @Test
    void selfEvaluationCarriesTheTargetTableAndSaysSoWhenNothingIsWrong() {
        ReportModel model = ReportFixtures.seed000Finance().withFindings(List.of());
        ReportModel self = new ReportModel(model.unitCode(), model.unitName(), model.regionCode(), model.fiscalYear(),
                model.evaluationType(), ReportKind.SELF_EVALUATION, model.frontMatter(), model.narrative(), model.budget(),
                model.scoreTree(), model.total(), model.grade(), model.findings(), model.indicatorSummary(),
                model.targetAttainment(), model.generatedAt());
        List<Block> blocks = ReportOutline.of(self);
        assertEquals("二、绩效目标申报表", sections(blocks).get(1));
        assertTrue(paragraphs(blocks).contains("本次评价未发现需要说明的问题。"));
        assertEquals(2022 + "年度嘉峪关市钢城街道办事处部门整体绩效自评报告", ((Block.Title) blocks.get(0)).text());
    }
}
