package org.jixiao.scoring.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.scoring.client.Snapshots;
import org.jixiao.scoring.domain.InputState;
import org.jixiao.scoring.domain.LeafInput;
import org.jixiao.scoring.domain.SurveyResult;
import org.junit.jupiter.api.Test;

class FrameworkSnapshotMapperTest {

    private static Snapshots.Node leaf(String code, String binding) {
        return new Snapshots.Node(code, "指标" + code, 3, BigDecimal.ONE, null, null, null, null, "SATISFACTION", null,
                null, binding, null, List.of());
    }

    private static final List<Snapshots.Node> TREE = List.of(new Snapshots.Node("1", "一级", 1, new BigDecimal("4"),
            null, null, null, null, null, null, null, null, null, List.of(
                    leaf("1.1", "budget:executionRate"),
                    leaf("1.2", "survey:residents"),
                    leaf("1.3", "survey:staff"),
                    leaf("1.4", null))));

    private static final Map<String, Snapshots.Metric> METRICS = Map.of("executionRate",
            new Snapshots.Metric("executionRate", "actual ÷ adjusted", Map.of(), new BigDecimal("96.37"), null));

    @Test
    void surveyBoundLeavesTakeTheirGroupsCounts() {
        SurveyResult residents = new SurveyResult("residents", 40, 38, 30);
        Map<String, LeafInput> inputs = new HashMap<>();
        FrameworkSnapshotMapper.fillBoundLeaves(TREE, METRICS, Map.of("residents", residents), inputs);

        assertEquals(new BigDecimal("96.37"), inputs.get("1.1").actual());
        assertEquals(InputState.VALUE, inputs.get("1.2").state());
        assertSame(residents, inputs.get("1.2").survey());
        assertFalse(inputs.containsKey("1.3"), "no staff survey yet: the leaf stays missing");
        assertFalse(inputs.containsKey("1.4"));
    }

    @Test
    void anInputEnteredByHandWinsOverEveryBinding() {
        LeafInput byHand = LeafInput.value("1.2", new BigDecimal("91"));
        LeafInput budgetByHand = LeafInput.dataUnavailable("1.1", "决算未出");
        Map<String, LeafInput> inputs = new HashMap<>(Map.of("1.2", byHand, "1.1", budgetByHand));
        FrameworkSnapshotMapper.fillBoundLeaves(TREE, METRICS,
                Map.of("residents", new SurveyResult("residents", 1, 1, 1)), inputs);

        assertSame(byHand, inputs.get("1.2"));
        assertSame(budgetByHand, inputs.get("1.1"));
    }

    @Test
    void anUndefinedMetricMakesTheLeafDataUnavailableWithItsReason() {
        Map<String, LeafInput> inputs = new HashMap<>();
        FrameworkSnapshotMapper.fillBoundLeaves(TREE, Map.of("executionRate",
                new Snapshots.Metric("executionRate", "f", Map.of(), null, "0/0")), Map.of(), inputs);
        assertEquals(InputState.DATA_UNAVAILABLE, inputs.get("1.1").state());
        assertEquals("0/0", inputs.get("1.1").reason());
    }

    @Test
    void findsSurveyGroupsLeavesAndWeights() {
        assertEquals("residents", FrameworkSnapshotMapper.surveyGroup(leaf("x", "survey:residents")));
        assertNull(FrameworkSnapshotMapper.surveyGroup(leaf("x", "budget:executionRate")));
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4"),
                FrameworkSnapshotMapper.leaves(TREE).stream().map(Snapshots.Node::code).toList());
        assertEquals(new BigDecimal("4"), FrameworkSnapshotMapper.weightsByCode(TREE).get("1"));
        assertEquals(5, FrameworkSnapshotMapper.weightsByCode(TREE).size());
    }
}
