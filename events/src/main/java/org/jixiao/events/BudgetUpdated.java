package org.jixiao.events;

/** Data of {@link EventTypes#BUDGET_UPDATED}: the figures of a unit-year changed, so snapshots taken earlier are stale. */
public record BudgetUpdated(String unitCode, int fiscalYear) {
}
