package org.jixiao.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricTest {

    @Test
    void holdsExactlyOneOfValueAndReason() {
        assertThrows(IllegalArgumentException.class, () -> new Metric("executionRate", "a ÷ b", Map.of(), null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Metric("executionRate", "a ÷ b", Map.of(), BigDecimal.ONE, "why"));
    }

    @Test
    void keepsInputsInFormulaOrderAndUnmodifiable() {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        inputs.put("actualExpenditure", BigDecimal.ONE);
        inputs.put("adjustedBudget", BigDecimal.TEN);
        Metric metric = new Metric("executionRate", "a ÷ b", inputs, new BigDecimal("10"), null);
        inputs.put("later", BigDecimal.ZERO);
        assertEquals(List.of("actualExpenditure", "adjustedBudget"), List.copyOf(metric.inputs().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> metric.inputs().put("x", BigDecimal.ONE));
        assertEquals(new BigDecimal("10.00"), metric.value());
    }

    @Test
    void refusesNullInputValues() {
        Map<String, BigDecimal> inputs = new HashMap<>();
        inputs.put("adjustedBudget", null);
        assertThrows(IllegalArgumentException.class,
                () -> new Metric("executionRate", "a ÷ b", inputs, null, "missing"));
    }
}
