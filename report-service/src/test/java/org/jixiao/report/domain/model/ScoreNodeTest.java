package org.jixiao.report.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreNodeTest {

    @Test
    void derivesScoreRateAsSeed000Does() {
        assertEquals(new BigDecimal("94.29"), node("运行成本", "7", "6.6").scoreRate());
        assertEquals(new BigDecimal("89.69"), node("管理效率", "32", "28.7").scoreRate());
        assertEquals(new BigDecimal("84.62"), node("社会效应", "13", "11").scoreRate());
    }

    @Test
    void roundsLeafScoresHalfUp() {
        assertEquals(new BigDecimal("0.66"), node("新增就业岗位", "2.5", "0.65625").score());
    }

    @Test
    void refusesMalformedTrees() {
        assertThrows(IllegalArgumentException.class, () -> node("x", "-1", "0"));
        assertThrows(IllegalArgumentException.class,
                () -> new ScoreNode(null, "x", 4, BigDecimal.ONE, BigDecimal.ONE, null, null, null, null, null));
        ScoreNode child = node("child", "1", "1");
        assertThrows(IllegalArgumentException.class,
                () -> ScoreNode.branch(null, "same level", 1, BigDecimal.ONE, BigDecimal.ONE, List.of(child)));
        assertThrows(NullPointerException.class,
                () -> new ScoreNode(null, "x", 1, BigDecimal.ONE, null, null, null, null, null, null));
    }

    @Test
    void aZeroWeightHasNoRate() {
        assertEquals(null, node("x", "0", "0").scoreRate());
    }

    private static ScoreNode node(String name, String weight, String score) {
        return ScoreNode.branch(null, name, 1, new BigDecimal(weight), new BigDecimal(score), List.of());
    }
}
