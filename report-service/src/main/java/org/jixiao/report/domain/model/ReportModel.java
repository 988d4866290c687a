package org.jixiao.report.domain.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.report.domain.findings.Finding;

/**
 * Everything a report shows for one evaluation, independent of the output format. Build it with
 * {@link #builder()}: the builder counts the 指标体系 summary and derives the unmet-target list from the tree, so
 * those figures can never disagree with the table printed next to them.
 *
 * @param scoreTree top-level nodes: 一级指标, or 年度目标 groups (level 0) in seed 004's layout
 * @param total     the evaluation's total score as the scoring service computed it
 */
public record ReportModel(
        String unitCode,
        String unitName,
        String regionCode,
        int fiscalYear,
        EvaluationType evaluationType,
        ReportKind reportKind,
        FrontMatter frontMatter,
        Narrative narrative,
        BudgetSummary budget,
        List<ScoreNode> scoreTree,
        BigDecimal total,
        String grade,
        List<Finding> findings,
        IndicatorSystemSummary indicatorSummary,
        TargetAttainment targetAttainment,
        OffsetDateTime generatedAt) {

    public ReportModel {
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(evaluationType, "evaluationType");
        Objects.requireNonNull(reportKind, "reportKind");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(indicatorSummary, "indicatorSummary");
        Objects.requireNonNull(targetAttainment, "targetAttainment");
        if (fiscalYear < 1949 || fiscalYear > 2200) {
            throw new IllegalArgumentException("fiscalYear out of range: " + fiscalYear);
        }
        frontMatter = frontMatter == null ? FrontMatter.empty() : frontMatter;
        narrative = narrative == null ? Narrative.empty() : narrative;
        scoreTree = scoreTree == null ? List.of() : List.copyOf(scoreTree);
        findings = findings == null ? List.of() : List.copyOf(findings);
        total = total.setScale(2, RoundingMode.HALF_UP);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same report with the findings produced by the engine (plus any entered by the evaluator). */
    public ReportModel withFindings(List<Finding> newFindings) {
        return new ReportModel(unitCode, unitName, regionCode, fiscalYear, evaluationType, reportKind, frontMatter,
                narrative, budget, scoreTree, total, grade, newFindings, indicatorSummary, targetAttainment,
                generatedAt);
    }

    /** "2023年度平顶山市石龙区高庄街道办事处部门整体支出绩效评价报告". */
    public String title() {
        return fiscalYear + "年度" + unitName + reportKind.titleSuffix();
    }

    /** Sum of the top-level weights: 100 for a complete framework, less when leaves were not applicable. */
    public BigDecimal totalWeight() {
        return scoreTree.stream().map(ScoreNode::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Total ÷ total weight as a percent; equals the total when the weights sum to 100. */
    public BigDecimal totalScoreRate() {
        return Figures.percentOf(total, totalWeight());
    }

    public static final class Builder {
        private String unitCode;
        private String unitName;
        private String regionCode;
        private int fiscalYear;
        private EvaluationType evaluationType;
        private ReportKind reportKind;
        private FrontMatter frontMatter;
        private Narrative narrative;
        private BudgetSummary budget;
        private final List<ScoreNode> scoreTree = new ArrayList<>();
        private BigDecimal total;
        private String grade;
        private final List<Finding> findings = new ArrayList<>();
        private OffsetDateTime generatedAt;

        private Builder() {
        }

        public Builder unit(String code, String name, String region) {
            this.unitCode = code;
            this.unitName = name;
            this.regionCode = region;
            return this;
        }

        public Builder fiscalYear(int year) {
            this.fiscalYear = year;
            return this;
        }

        public Builder evaluationType(EvaluationType type) {
            this.evaluationType = type;
            return this;
        }

        public Builder reportKind(ReportKind kind) {
            this.reportKind = kind;
            return this;
        }

        public Builder frontMatter(FrontMatter value) {
            this.frontMatter = value;
            return this;
        }

        public Builder narrative(Narrative value) {
            this.narrative = value;
            return this;
        }

        public Builder budget(BudgetSummary value) {
            this.budget = value;
            return this;
        }

        public Builder scoreTree(List<ScoreNode> roots) {
            this.scoreTree.clear();
            this.scoreTree.addAll(roots);
            return this;
        }

        public Builder addRoot(ScoreNode root) {
            this.scoreTree.add(root);
            return this;
        }

        /** Optional: when absent the total is the sum of the top-level scores, as SCORING.md §2 aggregates. */
        public Builder total(BigDecimal value) {
            this.total = value;
            return this;
        }

        public Builder grade(String value) {
            this.grade = value;
            return this;
        }

        public Builder findings(List<Finding> values) {
            this.findings.clear();
            this.findings.addAll(values);
            return this;
        }

        public Builder addFinding(Finding finding) {
            this.findings.add(finding);
            return this;
        }

        public Builder generatedAt(OffsetDateTime value) {
            this.generatedAt = value;
            return this;
        }

        public ReportModel build() {
            List<ScoreNode> roots = List.copyOf(scoreTree);
            BigDecimal computedTotal = total != null ? total
                    : roots.stream().map(ScoreNode::score).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new ReportModel(unitCode, unitName, regionCode, fiscalYear, evaluationType, reportKind, frontMatter,
                    narrative, budget, roots, computedTotal, grade, findings, IndicatorSystemSummary.of(roots),
                    TargetAttainment.of(roots, narrative == null ? List.of() : narrative.annualGoals()), generatedAt != null ? generatedAt : OffsetDateTime.now());
        }
    }
}
