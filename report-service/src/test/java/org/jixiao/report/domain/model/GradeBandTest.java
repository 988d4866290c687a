package org.jixiao.report.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradeBandTest {

    @Test
    void describesTheSchemeBestBandFirstInTheSeedsWords() {
        List<GradeBand> jiayuguan = List.of(new GradeBand("不合格", BigDecimal.ZERO, new BigDecimal("70")),
                new GradeBand("优秀", new BigDecimal("90"), null),
                new GradeBand("基本合格", new BigDecimal("70"), new BigDecimal("80")),
                new GradeBand("良好", new BigDecimal("80"), new BigDecimal("90")));
        assertEquals("评价结果分为优秀、良好、基本合格、不合格四个等级：90分（含）以上为优秀；80分（含）至90分为良好；"
                + "70分（含）至80分为基本合格；70分以下为不合格。", GradeBand.describe(jiayuguan));
    }

    @Test
    void fractionalBoundsKeepTwoDecimalsAndAnEmptySchemeSaysNothing() {
        assertEquals("评价结果分为合格、不合格两个等级：59.50分（含）以上为合格；59.50分以下为不合格。",
                GradeBand.describe(List.of(new GradeBand("合格", new BigDecimal("59.5"), null),
                        new GradeBand("不合格", BigDecimal.ZERO, new BigDecimal("59.5")))));
        assertEquals("", GradeBand.describe(List.of()));
        assertEquals("", GradeBand.describe(null));
    }

    @Test
    void surveysCountValidQuestionnairesAndNameTheGroupsAsReportsDo() {
        assertEquals("对相关受益对象的满意度进行问卷调查，共收集干部职工满意度问卷44份，受益群众满意度问卷38份。",
                SurveySample.describe(List.of(new SurveySample("staff", 44, 44), new SurveySample("residents", 38, 38))));
        assertEquals("对相关受益对象的满意度进行问卷调查，共收集学生家长满意度问卷90份（发放100份）。",
                SurveySample.describe(List.of(new SurveySample("学生家长", 100, 90))));
        assertEquals("", SurveySample.describe(List.of()));
    }
}
