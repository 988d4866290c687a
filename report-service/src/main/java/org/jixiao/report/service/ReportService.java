package org.jixiao.report.service;

import org.jixiao.commons.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jixiao.commons.outbox.IdempotentConsumer;
import org.jixiao.commons.outbox.Outbox;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.events.EvaluationFinalized;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ReportGenerated;
import org.jixiao.events.Topics;
import org.jixiao.report.client.BudgetClient;
import org.jixiao.report.client.IndicatorClient;
import org.jixiao.report.client.RemoteCalls;
import org.jixiao.report.client.RemoteViews;
import org.jixiao.report.client.ScoringClient;
import org.jixiao.report.domain.findings.Finding;
import org.jixiao.report.domain.findings.FindingsEngine;
import org.jixiao.report.domain.findings.FindingsRule;
import org.jixiao.report.domain.findings.RuleSyntaxException;
import org.jixiao.report.domain.model.ReportKind;
import org.jixiao.report.domain.model.ReportModel;
import org.jixiao.report.repository.EnteredFindingEntity;
import org.jixiao.report.repository.EnteredFindingRepository;
import org.jixiao.report.repository.ReportDocumentEntity;
import org.jixiao.report.repository.ReportDocumentRepository;
import org.jixiao.report.repository.ReportEntity;
import org.jixiao.report.repository.ReportRepository;
import org.jixiao.report.rest.ReportDtos.DocumentView;
import org.jixiao.report.rest.ReportDtos.FindingRequest;
import org.jixiao.report.rest.ReportDtos.FindingView;
import org.jixiao.report.rest.ReportDtos.ReportResponse;
import org.jixiao.report.rest.ReportDtos.ReportSummary;
import jakarta.inject.Inject;

/**
 * Generates, stores and serves reports. Remote calls and rendering happen outside any transaction; storing the
 * report, its documents, the processed event id and the {@code report.generated} outbox row is one transaction,
 * serialised per evaluation revision, so a repeated event or a concurrent request never makes a second report.
 */
@ApplicationScoped
public class ReportService {
    public static final String CONSUMER = "report-service";
    private static final Logger LOG = Logger.getLogger(ReportService.class);
    private static final String FINALIZED = "FINALIZED";

    private final ReportRepository reports;
    private final ReportDocumentRepository documents;
    private final EnteredFindingRepository enteredFindings;
    private final FindingsRuleService rules;
    private final ScoringClient scoring;
    private final BudgetClient budget;
    private final IndicatorClient indicator;
    private final RemoteCalls remote;
    private final Renderers renderers;
    private final IdempotentConsumer idempotentConsumer;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final ReportScope scope;
    private final FindingsEngine engine = new FindingsEngine();

    @Inject
    AuditTrail audit;

    public ReportService(ReportRepository reports, ReportDocumentRepository documents,
            EnteredFindingRepository enteredFindings, FindingsRuleService rules, @RestClient ScoringClient scoring,
            @RestClient BudgetClient budget, @RestClient IndicatorClient indicator, RemoteCalls remote, Renderers renderers,
            IdempotentConsumer idempotentConsumer, Outbox outbox, ObjectMapper json, ReportScope scope) {
        this.reports = reports;
        this.documents = documents;
        this.enteredFindings = enteredFindings;
        this.rules = rules;
        this.scoring = scoring;
        this.budget = budget;
        this.indicator = indicator;
        this.remote = remote;
        this.renderers = renderers;
        this.idempotentConsumer = idempotentConsumer;
        this.outbox = outbox;
        this.scope = scope;
        this.json = json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** A rendered report not stored yet. */
    record Prepared(RemoteViews.Sources sources, ReportKind kind, ReportModel model,
            Map<DocumentFormat, Renderers.Rendered> documents) {
    }

    // ------------------------------------------------------------------ generation

    /**
     * Handles {@code evaluation.finalized}: the report of that evaluation revision, made once whatever the number
     * of deliveries.
     *
     * @throws ProblemException 503 when a dependency is unavailable (worth retrying); 404/409/502 when the event
     *                          can never produce a report (unknown, not finalized or unusable evaluation)
     */
    public UUID onFinalized(String eventId, EvaluationFinalized event) {
        // cheap pre-check so that a redelivery costs neither remote calls nor rendering
        Seen seen = QuarkusTransaction.requiringNew().call(() -> {
            Optional<ReportEntity> existing = reports.forRevision(event.evaluationId(), event.revision());
            if (existing.isPresent() || reports.alreadyProcessed(eventId, CONSUMER)) {
                idempotentConsumer.firstDelivery(eventId, CONSUMER);
                return new Seen(true, existing.map(r -> r.id).orElse(null));
            }
            return new Seen(false, null);
        });
        if (seen.before()) {
            LOG.debugf("event %s: report of %s r%d exists already", eventId, event.evaluationId(), event.revision());
            return seen.reportId();
        }
        RemoteViews.Evaluation evaluation = fetchEvaluation(event.evaluationId(), false);
        if (evaluation.revision() != event.revision()) {
            throw ProblemException.conflict("evaluation " + event.evaluationId() + " is at revision "
                    + evaluation.revision() + ", the event announced revision " + event.revision());
        }
        Prepared prepared = prepare(fetchRest(evaluation), null, List.of());
        return QuarkusTransaction.requiringNew().call(() -> {
            reports.lockRevision(evaluation.id(), evaluation.revision());
            boolean first = idempotentConsumer.firstDelivery(eventId, CONSUMER);
            Optional<ReportEntity> existing = reports.forRevision(evaluation.id(), evaluation.revision());
            if (!first || existing.isPresent()) {
                return existing.map(r -> r.id).orElse(null);
            }
            return store(prepared, eventId).id;
        });
    }

    private record Seen(boolean before, UUID reportId) {
    }

    public record Generated(ReportResponse report, boolean created) {
    }

    /**
     * Generates on request; the existing report of the evaluation's current revision when there is one. An evaluation
     * outside the caller's region is {@code UNKNOWN_EVALUATION}, word for word the answer for one that does not exist
     * (scoring, called with the caller's token, already hides it; this checks its region once more).
     */
    public Generated generate(UUID evaluationId, ReportKind kind) {
        RemoteViews.Evaluation evaluation = fetchEvaluation(evaluationId, true);
        Optional<UUID> existing = QuarkusTransaction.requiringNew().call(() ->
                reports.forRevision(evaluation.id(), evaluation.revision()).map(r -> r.id));
        if (existing.isPresent()) {
            return new Generated(get(existing.get()), false);
        }
        Prepared prepared = prepare(fetchRest(evaluation), kind, List.of());
        return QuarkusTransaction.requiringNew().call(() -> {
            reports.lockRevision(evaluation.id(), evaluation.revision());
            Optional<ReportEntity> raced = reports.forRevision(evaluation.id(), evaluation.revision());
            ReportEntity report = raced.orElseGet(() -> store(prepared, null));
            if (raced.isEmpty()) {
                audit.record("GENERATE", "Report", report.id, report.regionCode,
                        "evaluation " + report.evaluationId + " revision " + report.revision + ", " + report.kind);
            }
            return new Generated(response(report), raced.isEmpty());
        });
    }

    /** Fetches the data again and renders anew, keeping the report's id and the evaluators' findings. */
    public ReportResponse regenerate(UUID reportId, ReportKind kind) {
        ReportEntity current = QuarkusTransaction.requiringNew().call(() -> scope.regenerable(find(reportId), reportId));
        RemoteViews.Evaluation evaluation = fetchEvaluation(current.evaluationId, false);
        if (evaluation.revision() != current.revision) {
            throw ProblemException.conflict("evaluation " + current.evaluationId + " is now at revision "
                    + evaluation.revision() + "; this report is of revision " + current.revision
                    + ". POST /api/v1/reports generates the report of the new revision");
        }
        RemoteViews.Sources sources = fetchRest(evaluation);
        ReportKind chosen = kind != null ? kind : current.kind;
        return QuarkusTransaction.requiringNew().call(() -> {
            reports.lockRevision(current.evaluationId, current.revision);
            ReportEntity report = find(reportId);
            Prepared prepared = prepare(sources, chosen, enteredFindings.of(reportId));
            replace(report, prepared);
            audit.record("REGENERATE", "Report", report.id, report.regionCode, "as " + chosen);
            return response(report);
        });
    }

    /** Adds an evaluator's finding and re-renders the documents from the report's own source snapshot. */
    public ReportResponse addFinding(UUID reportId, FindingRequest request) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReportEntity report = scope.annotatable(find(reportId), reportId);
            reports.lockRevision(report.evaluationId, report.revision);
            EnteredFindingEntity entered = new EnteredFindingEntity();
            entered.id = UUID.randomUUID();
            entered.reportId = reportId;
            entered.severity = request.severity();
            entered.text = request.text().strip();
            entered.recommendation = request.recommendation() == null || request.recommendation().isBlank() ? null
                    : request.recommendation().strip();
            entered.createdAt = OffsetDateTime.now();
            enteredFindings.persist(entered);
            audit.record("ADD_FINDING", "Report", reportId, report.regionCode,
                    entered.severity + ": " + (entered.text.length() > 80 ? entered.text.substring(0, 80) + "…" : entered.text));
            Prepared prepared = prepare(read(report.sources, RemoteViews.Sources.class), report.kind,
                    enteredFindings.of(reportId));
            replace(report, prepared);
            return response(report);
        });
    }

    private RemoteViews.Evaluation fetchEvaluation(UUID evaluationId, boolean inCallersScope) {
        RemoteViews.Evaluation evaluation = remote.get("scoring-service", () -> scoring.evaluation(evaluationId))
                .filter(e -> !inCallersScope || scope.canSee(e.regionCode()))
                .orElseThrow(() -> ProblemException.invalid("evaluationId", "UNKNOWN_EVALUATION",
                        "scoring-service has no evaluation " + evaluationId));
        if (!FINALIZED.equals(evaluation.status())) {
            throw ProblemException.conflict("evaluation " + evaluationId + " is " + evaluation.status()
                    + "; a report is made once it is finalized (定稿)");
        }
        return evaluation;
    }

    private RemoteViews.Sources fetchRest(RemoteViews.Evaluation evaluation) {
        UUID id = evaluation.id();
        RemoteViews.Score score = remote.get("scoring-service", () -> scoring.score(id))
                .orElseThrow(() -> ProblemException.conflict("evaluation " + id + " has no score"));
        List<RemoteViews.LeafInput> inputs = fetchInputs(id);
        RemoteViews.Budget figures = remote.get("budget-service",
                () -> budget.budget(evaluation.unitCode(), evaluation.fiscalYear())).orElse(null);
        RemoteViews.UnitProfile profile = remote.get("budget-service",
                () -> budget.profile(evaluation.unitCode(), evaluation.fiscalYear())).orElse(null);
        RemoteViews.GradeScheme scheme = evaluation.gradeScheme() == null ? null
                : remote.get("scoring-service", () -> scoring.gradeScheme(evaluation.gradeScheme())).orElse(null);
        RemoteViews.Surveys surveys = remote.get("scoring-service", () -> scoring.surveys(id)).orElse(null);
        return new RemoteViews.Sources(evaluation, score, inputs, figures, profile, approvedDeclaration(evaluation),
                scheme, surveys);
    }

    /** Every leaf input of the evaluation, read page by page; empty when scoring-service does not know it (404). */
    private List<RemoteViews.LeafInput> fetchInputs(UUID id) {
        List<RemoteViews.LeafInput> all = new ArrayList<>();
        for (int page = 0; page <= Page.MAX_PAGE; page++) {
            int asked = page;
            RemoteViews.LeafInputPage answer = remote.get("scoring-service",
                    () -> scoring.inputs(id, asked, Page.MAX_SIZE)).orElse(null);
            if (answer == null || answer.items() == null || answer.items().isEmpty()) {
                break;
            }
            all.addAll(answer.items());
            if (all.size() >= answer.total()) {
                break;
            }
        }
        return all;
    }

    /** The unit-year's approved declaration, the latest if it was declared more than once; null when there is none. */
    private RemoteViews.Declaration approvedDeclaration(RemoteViews.Evaluation evaluation) {
        List<RemoteViews.DeclarationSummary> approved = remote.get("indicator-service",
                () -> indicator.declarations(evaluation.unitCode(), evaluation.fiscalYear(), "APPROVED").items())
                .orElse(List.of());
        return approved.stream()
                .filter(d -> d.id() != null)
                .max(Comparator.comparing(RemoteViews.DeclarationSummary::updatedAt,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .flatMap(latest -> remote.get("indicator-service", () -> indicator.declaration(latest.id())))
                .orElse(null);
    }

    /** Builds the model, evaluates the rules in force and renders every format (no transaction needed). */
    Prepared prepare(RemoteViews.Sources sources, ReportKind requestedKind, List<EnteredFindingEntity> entered) {
        ReportKind kind = requestedKind != null ? requestedKind
                : ReportAssembler.defaultKind(sources.evaluation().type());
        ReportModel model;
        Map<String, Object> facts;
        try {
            model = ReportAssembler.model(sources, kind, OffsetDateTime.now());
            facts = ReportAssembler.facts(model, sources);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProblemException(502, "unusable-evaluation", "The evaluation cannot be turned into a report",
                    "evaluation " + sources.evaluation().id() + ": " + e.getMessage(), List.of());
        }
        String region = sources.evaluation().regionCode();
        List<FindingsRule> inForce = QuarkusTransaction.isActive() ? rules.effectiveRules(region)
                : QuarkusTransaction.requiringNew().call(() -> rules.effectiveRules(region));
        List<Finding> findings = new ArrayList<>();
        for (FindingsRule rule : inForce) {
            try {
                findings.addAll(engine.evaluate(List.of(rule), facts));
            } catch (RuleSyntaxException e) {
                LOG.warnf("findings rule %s skipped: %s", rule.id(), e.getMessage());
            }
        }
        entered.forEach(f -> findings.add(Finding.entered(f.severity, f.text, f.recommendation)));
        ReportModel complete = model.withFindings(findings);
        return new Prepared(sources, kind, complete, renderers.renderAll(complete));
    }

    private ReportEntity store(Prepared prepared, String eventId) {
        ReportEntity report = new ReportEntity();
        report.id = UUID.randomUUID();
        RemoteViews.Evaluation evaluation = prepared.sources().evaluation();
        report.evaluationId = evaluation.id();
        report.revision = evaluation.revision();
        report.evaluationType = evaluation.type();
        report.sourceEventId = eventId;
        report.createdAt = OffsetDateTime.now();
        fill(report, prepared);
        reports.persist(report);
        writeDocuments(report, prepared);
        announce(report);
        LOG.infof("report %s of evaluation %s r%d stored (%s)", report.id, report.evaluationId, report.revision,
                eventId == null ? "on request" : "event " + eventId);
        return report;
    }

    private void replace(ReportEntity report, Prepared prepared) {
        fill(report, prepared);
        documents.deleteOf(report.id);
        documents.flush();
        writeDocuments(report, prepared);
        announce(report);
    }

    private void fill(ReportEntity report, Prepared prepared) {
        ReportModel model = prepared.model();
        report.unitCode = model.unitCode();
        report.unitName = model.unitName();
        report.regionCode = model.regionCode();
        report.evaluatorAgency = prepared.sources().evaluation().evaluatorAgency();
        report.fiscalYear = model.fiscalYear();
        report.kind = prepared.kind();
        report.title = model.title();
        report.total = model.total();
        report.grade = model.grade();
        report.findings = write(model.findings().stream().map(FindingView::of).toList());
        report.sources = write(prepared.sources());
        report.updatedAt = OffsetDateTime.now();
    }

    private void writeDocuments(ReportEntity report, Prepared prepared) {
        for (Renderers.Rendered rendered : prepared.documents().values()) {
            ReportDocumentEntity document = new ReportDocumentEntity();
            document.key = new ReportDocumentEntity.Key(report.id, rendered.format().code());
            document.mediaType = rendered.mediaType();
            document.content = rendered.content();
            document.sha256 = rendered.sha256();
            document.size = rendered.content().length;
            documents.persist(document);
        }
    }

    private void announce(ReportEntity report) {
        List<String> formats = List.of(DocumentFormat.values()).stream().map(DocumentFormat::code).toList();
        outbox.enqueue(Topics.REPORT_GENERATED, EventTypes.REPORT_GENERATED, report.unitCode, "reports/" + report.id,
                new ReportGenerated(report.id, report.evaluationId, report.revision, report.unitCode,
                        report.fiscalYear, formats));
    }

    // ------------------------------------------------------------------ queries

    /** The reports in the caller's scope matching the filters; nothing (and a zero count) for a token without one. */
    public Page<ReportSummary> list(UUID evaluationId, String unitCode, String regionPrefix, Integer fiscalYear,
            int page, int size) {
        Optional<Caller.EvaluationVisibility> filter = scope.filter();
        if (filter.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Caller.EvaluationVisibility f = filter.get();
        PanacheQuery<ReportEntity> query = reports.search(evaluationId, unitCode, regionPrefix, fiscalYear,
                f.regionPrefix(), f.agency(), f.unit());
        List<ReportSummary> items = query.page(page, size).list().stream()
                .map(r -> new ReportSummary(r.id, r.evaluationId, r.revision, r.unitCode, r.unitName, r.regionCode,
                        r.fiscalYear, r.kind, r.title, r.total, r.grade, r.createdAt, r.updatedAt))
                .toList();
        return new Page<>(items, page, size, query.count());
    }

    public ReportResponse get(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> response(scope.readable(find(id), id)));
    }

    public record Document(byte[] content, String mediaType, String fileName) {
    }

    public Document document(UUID id, String format) {
        DocumentFormat known = DocumentFormat.fromCode(format).orElseThrow(() -> new ProblemException(404,
                "not-found", "Not found", "no format '" + format + "'; reports exist as html, docx, pdf and xlsx",
                List.of()));
        return QuarkusTransaction.joiningExisting().call(() -> {
            ReportEntity report = scope.readable(find(id), id);
            ReportDocumentEntity document = documents.findById(new ReportDocumentEntity.Key(id, known.code()));
            if (document == null) {
                throw ProblemException.notFound("document", id + "/" + known.code());
            }
            return new Document(document.content, document.mediaType, report.title + "." + known.code());
        });
    }

    private ReportResponse response(ReportEntity report) {
        List<DocumentView> views = documents.summaries(report.id).stream()
                .sorted(Comparator.comparing(d -> DocumentFormat.fromCode(d.format()).map(Enum::ordinal).orElse(99)))
                .map(d -> new DocumentView(d.format(), d.mediaType(), d.size(), d.sha256(),
                        report.title + "." + d.format(),
                        "/api/v1/reports/" + report.id + "/documents/" + d.format()))
                .toList();
        return new ReportResponse(report.id, report.evaluationId, report.revision, report.unitCode, report.unitName,
                report.regionCode, report.fiscalYear, report.evaluationType, report.kind, report.title, report.total,
                report.grade, read(report.findings, new TypeReference<List<FindingView>>() {
                }), views, report.createdAt, report.updatedAt);
    }

    private ReportEntity find(UUID id) {
        ReportEntity report = reports.findById(id);
        if (report == null) {
            throw ProblemException.notFound(ReportScope.REPORT, id);
        }
        return report;
    }

    /** RFC 6266 / 5987: an ASCII fallback name and the real (Chinese) name as UTF-8. */
    public static String contentDisposition(String fileName, boolean inline) {
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"report." + extension + "\"; filename*=UTF-8''"
                + encoded;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored report data is unreadable as " + type.getSimpleName(), e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored report data is unreadable", e);
        }
    }
}
