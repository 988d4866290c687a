package org.jixiao.report.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.report.domain.findings.Finding;
import org.jixiao.report.domain.findings.Severity;
import org.jixiao.report.domain.model.ReportKind;

public final class ReportDtos {
    private ReportDtos() {
    }

    @Schema(name = "GenerateReportRequest", description = "Generates the report of a finalized evaluation now (the "
            + "report also follows automatically from evaluation.finalized). Answers the existing report when the "
            + "evaluation's current revision already has one.")
    public record GenerateRequest(
            @NotNull @Schema(required = true, example = "3f0c8a52-5d7e-4b8e-9a51-0a9f5d2c1e77") UUID evaluationId,
            @Schema(description = "报告类型; absent: FINANCE and DEPARTMENT evaluations get FINANCE_EVALUATION "
                    + "(财政评价报告), SELF evaluations SELF_EVALUATION (部门整体绩效自评报告)",
                    example = "SELF_SUMMARY") ReportKind kind) {
    }

    @Schema(name = "EnteredFindingRequest", description = "An evaluator's own 存在问题 with its 有关建议")
    public record FindingRequest(
            @NotNull @Schema(required = true, example = "MEDIUM") Severity severity,
            @NotBlank @Size(max = 4000) @Schema(required = true, example = "财务管理精细化不足，部分支出凭证附件不全。")
            String text,
            @Size(max = 4000) @Schema(example = "加强财务人员培训，强化监督提醒机制。") String recommendation) {
    }

    @Schema(name = "ReportFinding", description = "One 存在问题 → 有关建议; rule findings carry the numbers that "
            + "triggered them")
    public record FindingView(
            @Schema(description = "the rule that produced it; null for evaluators' own findings",
                    example = "budget-adjustment") String ruleId,
            @Schema(required = true) Severity severity,
            @Schema(required = true, example = "较重") String severityLabel,
            @Schema(required = true,
                    example = "预算调整率较高。年初预算552.45万元，调整后预算667.92万元，预算调整率20.90%，年初预算编制的计划性和准确性有待提升。")
            String text,
            String recommendation,
            @Schema(example = "《预算绩效评价共性指标体系框架》（财预〔2013〕53号） 预算调整率") String citation,
            @Schema(required = true, description = "the facts the rule's condition read (decimals as strings); "
                    + "empty for evaluators' own findings", example = "{\"adjustmentRate\": \"20.90\"}")
            Map<String, Object> triggeringValues,
            @Schema(required = true, description = "typed in by an evaluator") boolean entered) {

        public static FindingView of(Finding f) {
            return new FindingView(f.ruleId(), f.severity(), f.severity().label(), f.text(), f.recommendation(),
                    f.citation(), f.triggeringValues(), f.isEntered());
        }
    }

    @Schema(name = "ReportDocument", description = "One stored format of a report")
    public record DocumentView(
            @Schema(required = true, example = "pdf") String format,
            @Schema(required = true, example = "application/pdf") String mediaType,
            @Schema(required = true, description = "bytes", example = "184213") long size,
            @Schema(required = true, description = "SHA-256 of the content, hex",
                    example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
            @Schema(required = true, example = "2022年度嘉峪关市钢城街道办事处部门整体支出绩效评价报告.pdf") String fileName,
            @Schema(required = true, example = "/api/v1/reports/6d1c2b7e-3a4f-4c55-8f0e-1d2c3b4a5f60/documents/pdf")
            String href) {
    }

    @Schema(name = "Report", description = "A report of one evaluation revision: its figures, findings and documents")
    public record ReportResponse(
            @Schema(required = true, example = "6d1c2b7e-3a4f-4c55-8f0e-1d2c3b4a5f60") UUID id,
            @Schema(required = true, example = "3f0c8a52-5d7e-4b8e-9a51-0a9f5d2c1e77") UUID evaluationId,
            @Schema(required = true, example = "1") int revision,
            @Schema(required = true, example = "620201001") String unitCode,
            @Schema(required = true, example = "嘉峪关市钢城街道办事处") String unitName,
            @Schema(description = "GB/T 2260 code of the unit's region; null when the evaluation had none",
                    example = "620201") String regionCode,
            @Schema(required = true, example = "2022") int fiscalYear,
            @Schema(required = true, example = "FINANCE") String evaluationType,
            @Schema(required = true) ReportKind kind,
            @Schema(required = true, example = "2022年度嘉峪关市钢城街道办事处部门整体支出绩效评价报告") String title,
            @Schema(required = true, description = "the evaluation's final score", example = "92.30") BigDecimal total,
            @Schema(description = "null when the evaluation has no grade", example = "优") String grade,
            @Schema(required = true, description = "rules' findings in catalogue order, then evaluators' own")
            List<FindingView> findings,
            @Schema(required = true, description = "html, docx, pdf, xlsx in this order") List<DocumentView> documents,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {
    }

    @Schema(name = "ReportSummary", description = "A report as listed: its figures without findings and documents")
    public record ReportSummary(
            @Schema(required = true, example = "6d1c2b7e-3a4f-4c55-8f0e-1d2c3b4a5f60") UUID id,
            @Schema(required = true, example = "3f0c8a52-5d7e-4b8e-9a51-0a9f5d2c1e77") UUID evaluationId,
            @Schema(required = true, example = "1") int revision,
            @Schema(required = true, example = "620201001") String unitCode,
            @Schema(required = true, example = "嘉峪关市钢城街道办事处") String unitName,
            @Schema(description = "GB/T 2260 code of the unit's region; null when the evaluation had none",
                    example = "620201") String regionCode,
            @Schema(required = true, example = "2022") int fiscalYear,
            @Schema(required = true) ReportKind kind,
            @Schema(required = true, example = "2022年度嘉峪关市钢城街道办事处部门整体支出绩效评价报告") String title,
            @Schema(required = true, description = "the evaluation's final score", example = "92.30") BigDecimal total,
            @Schema(description = "null when the evaluation has no grade", example = "优") String grade,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {
    }
}
