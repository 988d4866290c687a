package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 项目支出 per project: validation of a whole list as one PUT states it, and its consistency with the unit-year's
 * projectExpenditure.
 *
 * <p>Required per line: projectCode (unique in the list), projectName, initialBudget, actualExpenditure. Optional:
 * fundSource, adjustedBudget (absent: not adjusted), functionalCode (3, 5 or 7 digits: 类 201, 款 20101, 项 2010101)
 * and economicCode (3 or 5 digits: 301, 30101). Every problem of every line is reported.
 *
 * <p>Σ actualExpenditure ≠ projectExpenditure is a warning, not a refusal: the 决算's 项目支出 may cover projects the
 * list leaves out, and SCORING.md §5 asks to flag such a gap, never to fix it or to lose the list over it.
 */
public final class ProjectLines {
    public static final String FIELD = "projects";
    /** More projects than any unit has; a longer list is a mistake or an attack. */
    public static final int MAX_PROJECTS = 5000;

    private ProjectLines() {
    }

    /** One line as sent: amounts as text in the request's amountUnit. */
    public record Input(String projectCode, String projectName, FundSource fundSource, String initialBudget,
                        String adjustedBudget, String actualExpenditure, String functionalCode,
                        String economicCode) {
    }

    /** Sums of a list, in 元. budgetInForce adds each line's adjusted budget, or its initial one when not adjusted. */
    public record Totals(BigDecimal initialBudget, BigDecimal budgetInForce, BigDecimal actualExpenditure) {
    }

    public static Validated<List<ProjectLine>> validate(List<Input> inputs, AmountUnit unit) {
        Objects.requireNonNull(inputs, "inputs");
        DetailReader reader = new DetailReader(unit);
        if (reader.refusesWhole(FIELD, inputs.size(), MAX_PROJECTS,
                "最多 " + MAX_PROJECTS + " 个项目，收到 " + inputs.size())) {
            return Validated.of(null, reader.errors());
        }
        DetailReader.Keys<String> codes = reader.keys(FIELD, DetailIssue.DUPLICATE_PROJECT_CODE,
                code -> "项目编码 " + AmountParser.echo(code) + " ");
        List<ProjectLine> lines = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            String at = FIELD + "[" + i + "]";
            Input in = inputs.get(i);
            if (in == null) {
                reader.error(at, DetailIssue.MISSING_FIELD, "项目为空");
                continue;
            }
            int errorsBefore = reader.errors().size();
            String code = reader.identifier(at + ".projectCode", in.projectCode(), DetailIssue.INVALID_PROJECT_CODE);
            codes.unique(code, i, at + ".projectCode");
            String name = reader.name(at + ".projectName", in.projectName());
            BigDecimal initial = reader.requiredAmount(at + ".initialBudget", in.initialBudget());
            BigDecimal adjusted = reader.optionalAmount(at + ".adjustedBudget", in.adjustedBudget());
            BigDecimal actual = reader.requiredAmount(at + ".actualExpenditure", in.actualExpenditure());
            String functional = reader.classificationCode(at + ".functionalCode", in.functionalCode(),
                    DetailIssue.INVALID_FUNCTIONAL_CODE, "功能科目须为 3、5 或 7 位数字（类、款、项，如 2010101）", 3, 5, 7);
            String economic = reader.classificationCode(at + ".economicCode", in.economicCode(),
                    DetailIssue.INVALID_ECONOMIC_CODE, "经济科目须为 3 或 5 位数字（类、款，如 301、30101）", 3, 5);
            if (reader.errors().size() == errorsBefore) {
                lines.add(new ProjectLine(code, name, in.fundSource(), initial, adjusted, actual, functional,
                        economic));
            }
        }
        return Validated.of(List.copyOf(lines), reader.errors());
    }

    public static Totals totals(List<ProjectLine> lines) {
        return new Totals(Percentages.sum(lines, ProjectLine::initialBudget),
                Percentages.sum(lines, ProjectLine::budgetInForce),
                Percentages.sum(lines, ProjectLine::actualExpenditure));
    }

    /**
     * Warnings about the list against the unit-year: Σ actualExpenditure ≠ projectExpenditure. None when the
     * unit-year states no projectExpenditure, or when the list is empty (no projects stated, nothing to compare).
     */
    public static List<DetailIssue> consistency(List<ProjectLine> lines, BigDecimal projectExpenditure) {
        Objects.requireNonNull(lines, "lines");
        if (projectExpenditure == null || lines.isEmpty()) {
            return List.of();
        }
        BigDecimal actuals = totals(lines).actualExpenditure();
        if (actuals.compareTo(projectExpenditure) == 0) {
            return List.of();
        }
        return List.of(new DetailIssue(FIELD + "[].actualExpenditure", DetailIssue.PROJECT_ACTUALS_NOT_PROJECT_EXPENDITURE,
                "各项目实际支出合计 " + Percentages.yuan(actuals) + " 与本年度项目支出 " + Percentages.yuan(projectExpenditure)
                        + " 不符，差额 " + Percentages.yuan(actuals.subtract(projectExpenditure).abs())
                        + "（仅提示，不作修正）"));
    }
}
