package org.jixiao.scoring.service;

import org.jixiao.commons.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.audit.AuditTrail;
import org.jixiao.commons.outbox.Outbox;
import org.jixiao.commons.problem.Problem.FieldError;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.events.EvaluationFinalized;
import org.jixiao.events.EventTypes;
import org.jixiao.events.Topics;
import org.jixiao.scoring.client.BudgetClient;
import org.jixiao.scoring.client.IndicatorClient;
import org.jixiao.scoring.client.Snapshots;
import org.jixiao.scoring.domain.EvaluationStatus;
import org.jixiao.scoring.domain.Flag;
import org.jixiao.scoring.domain.ReportedScores;
import org.jixiao.scoring.domain.ScoreResult;
import org.jixiao.scoring.domain.ScoredNode;
import org.jixiao.scoring.domain.SurveyResult;
import org.jixiao.scoring.repository.EvaluationEntity;
import org.jixiao.scoring.service.EvaluationScorer.Computation;
import org.jixiao.scoring.repository.EvaluationInputEntity;
import org.jixiao.scoring.repository.EvaluationInputRepository;
import org.jixiao.scoring.repository.EvaluationRepository;
import org.jixiao.scoring.rest.EvaluationDtos.EvaluationResponse;
import org.jixiao.scoring.rest.EvaluationDtos.EvaluationSummary;
import org.jixiao.scoring.rest.EvaluationDtos.FrontMatter;
import org.jixiao.scoring.rest.EvaluationDtos.InputRequest;
import org.jixiao.scoring.rest.EvaluationDtos.InputsRequest;
import org.jixiao.scoring.rest.EvaluationDtos.OpenRequest;
import org.jixiao.scoring.rest.EvaluationDtos.ReportedScoresRequest;
import org.jixiao.scoring.rest.EvaluationDtos.ReportedScoresResponse;
import org.jixiao.scoring.rest.EvaluationDtos.ScoreResponse;
import org.jixiao.scoring.rest.EvaluationDtos.SelfComparisonRow;
import org.jixiao.scoring.rest.EvaluationDtos.SnapshotMetric;
import org.jixiao.scoring.rest.EvaluationDtos.SurveyBoundLeaf;
import org.jixiao.scoring.rest.EvaluationDtos.SurveysRequest;
import org.jixiao.scoring.rest.EvaluationDtos.SurveysResponse;
import org.jixiao.scoring.rest.EvaluationDtos.StoredInput;
import org.jixiao.scoring.rest.EvaluationDtos.Survey;

@ApplicationScoped
public class EvaluationService {
    private static final String MISSING_INPUT = EvaluationScorer.MISSING_INPUT;
    private static final int SCORE_SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EvaluationRepository evaluations;
    private final EvaluationInputRepository inputs;
    private final IndicatorClient indicator;
    private final BudgetClient budget;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final GradeSchemeService schemes;
    private final EvaluationScorer scorer;
    private final ScoringScope scope;
    private final AuditTrail audit;

    public EvaluationService(EvaluationRepository evaluations, EvaluationInputRepository inputs,
            @RestClient IndicatorClient indicator, @RestClient BudgetClient budget, Outbox outbox, ObjectMapper json,
            GradeSchemeService schemes, EvaluationScorer scorer, ScoringScope scope, AuditTrail audit) {
        this.scope = scope;
        this.audit = audit;
        this.evaluations = evaluations;
        this.inputs = inputs;
        this.indicator = indicator;
        this.budget = budget;
        this.outbox = outbox;
        this.json = json;
        this.schemes = schemes;
        this.scorer = scorer;
    }

    /**
     * Snapshots the framework and the budget metrics (remote calls with the caller's token, outside any transaction),
     * then stores. A finance-admin commissions any evaluation of their region; a unit reporter opens only their own
     * unit's SELF evaluation. A unit the caller cannot see is UNKNOWN_UNIT, exactly like a unit that does not exist.
     */
    public EvaluationResponse open(OpenRequest request) {
        org.jixiao.commons.security.Caller caller = scope.caller();
        if (!caller.hasRole(org.jixiao.commons.security.Roles.FINANCE_ADMIN)) {
            if (request.type() != org.jixiao.scoring.domain.EvaluationType.SELF) {
                throw ScoringScope.forbidden("a unit reporter opens only the SELF evaluation of their unit");
            }
            if (!caller.isOwnUnit(request.unitCode())) {
                throw unknownUnit();
            }
        }
        String scheme = schemes.resolveUsable(request.gradeScheme(), "gradeScheme").code();
        Snapshots.Framework framework = remote("frameworkId", "UNKNOWN_FRAMEWORK", "indicator-service",
                () -> indicator.framework(request.frameworkId()));
        if (!"PUBLISHED".equals(framework.status())) {
            throw ProblemException.invalid("frameworkId", "FRAMEWORK_NOT_PUBLISHED",
                    "framework " + framework.id() + " is " + framework.status() + "; publish it first");
        }
        Snapshots.Unit unit = remote("unitCode", "UNKNOWN_UNIT", "budget-service", () -> budget.unit(request.unitCode()));
        if (!caller.canSee(unit.regionCode())) {
            throw unknownUnit(); // budget-service already hides it; this guards a lenient or misconfigured one
        }
        Snapshots.Metrics metrics = remote("fiscalYear", "NO_BUDGET", "budget-service",
                () -> budget.metrics(request.unitCode(), request.fiscalYear()));
        return QuarkusTransaction.requiringNew().call(() -> {
            if (evaluations.count("unitCode = ?1 and fiscalYear = ?2 and type = ?3", unit.code(),
                    request.fiscalYear(), request.type()) > 0) {
                throw ProblemException.conflict("a " + request.type() + " evaluation of " + unit.code() + " for "
                        + request.fiscalYear() + " already exists");
            }
            EvaluationEntity e = new EvaluationEntity();
            e.id = UUID.randomUUID();
            e.unitCode = unit.code();
            e.unitName = unit.name();
            e.regionCode = unit.regionCode();
            e.fiscalYear = request.fiscalYear();
            e.type = request.type();
            e.revision = 1;
            e.status = EvaluationStatus.DRAFT;
            e.gradeScheme = scheme;
            e.frameworkId = framework.id();
            e.frameworkSnapshot = write(framework);
            e.metricsSnapshot = write(metrics);
            e.budgetVersion = metrics.budgetVersion();
            e.frontMatter = request.frontMatter() == null ? null : write(request.frontMatter());
            e.evaluatorAgency = request.evaluatorAgency();
            e.createdAt = e.updatedAt = OffsetDateTime.now();
            evaluations.persist(e);
            audited("OPEN", e, e.type + " " + e.unitCode + " " + e.fiscalYear + ", revision 1, DRAFT, framework "
                    + e.frameworkId + ", grade scheme " + e.gradeScheme + ", agency " + e.evaluatorAgency);
            return toResponse(e);
        });
    }

    public EvaluationResponse get(UUID id) {
        return toResponse(find(id));
    }

    /** The evaluations of a region the caller may see; the others are not there, not even counted. */
    public Page<EvaluationSummary> list(String regionPrefix, Integer fiscalYear, int page, int size) {
        Caller.EvaluationVisibility filter = scope.filter().orElse(null);
        if (filter == null) {
            return new Page<>(List.of(), page, size, 0);
        }
        return evaluations.page(regionPrefix, fiscalYear, filter, page, size)
                .map(e -> new EvaluationSummary(e.id, e.unitCode, e.unitName, e.regionCode, e.fiscalYear, e.type,
                        e.revision, e.status, e.total, e.grade));
    }

    /** Replaces the front matter while the evaluation still accepts inputs; who may fill it may change it. */
    @Transactional
    public EvaluationResponse putFrontMatter(UUID id, FrontMatter frontMatter) {
        EvaluationEntity e = scope.fillable(evaluations.findById(id), id, true);
        requireInputsAccepted(e);
        e.frontMatter = write(frontMatter);
        e.updatedAt = OffsetDateTime.now();
        audited("FRONT_MATTER", e, "result application rate " + frontMatter.resultApplicationRate()
                + ", asset inventories " + frontMatter.assetInventoryCount());
        return toResponse(e);
    }

    /**
     * Records leaf inputs. Every submitted input is checked by the engine against its leaf; one bad input refuses the
     * whole request and nothing is written.
     */
    @Transactional
    public ScoreResponse putInputs(UUID id, InputsRequest request) {
        EvaluationEntity e = scope.fillable(evaluations.findById(id), id, true);
        requireInputsAccepted(e);
        Snapshots.Framework framework = read(e.frameworkSnapshot, Snapshots.Framework.class);
        List<FieldError> errors = new ArrayList<>();
        Set<String> submitted = new HashSet<>();
        for (int i = 0; i < request.inputs().size(); i++) {
            String code = request.inputs().get(i).leafCode();
            if (!submitted.add(code)) {
                errors.add(new FieldError("inputs[" + i + "].leafCode", "DUPLICATE_LEAF", code + " appears twice"));
            } else if (!FrameworkSnapshotMapper.containsLeaf(framework.nodes(), code)) {
                errors.add(new FieldError("inputs[" + i + "].leafCode", "UNKNOWN_LEAF",
                        "the evaluation's framework has no leaf " + code));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Map<String, EvaluationInputEntity> stored = inputs.of(id).stream()
                .collect(Collectors.toMap(i -> i.key.leafCode(), Function.identity()));
        for (InputRequest in : request.inputs()) {
            EvaluationInputEntity entity = stored.computeIfAbsent(in.leafCode(), code -> {
                EvaluationInputEntity created = new EvaluationInputEntity();
                created.key = new EvaluationInputEntity.Key(id, code);
                return created;
            });
            apply(entity, in);
        }
        Computation computation = compute(e, stored.values());
        List<FieldError> inputErrors = computation.errors().stream()
                .filter(err -> !MISSING_INPUT.equals(err.code()))
                .filter(err -> submitted.stream().anyMatch(code -> err.field().startsWith("inputs[" + code + "]")))
                .toList();
        if (!inputErrors.isEmpty()) {
            throw ProblemException.invalid(inputErrors);
        }
        stored.values().forEach(inputs::persist);
        rememberProvisional(e, computation.result());
        e.updatedAt = OffsetDateTime.now();
        audited("INPUTS", e, "leaves " + request.inputs().stream().map(InputRequest::leafCode).toList()
                + ", provisional total " + computation.provisionalTotal());
        return scoreResponse(e, true, computation.result());
    }

    /** Every leaf of the snapshot with what was entered for it (null state: nothing yet), in framework order. */
    public List<StoredInput> storedInputs(UUID id) {
        EvaluationEntity e = find(id);
        Map<String, EvaluationInputEntity> entered = inputs.of(id).stream()
                .collect(Collectors.toMap(i -> i.key.leafCode(), Function.identity()));
        List<StoredInput> result = new ArrayList<>();
        collectLeaves(read(e.frameworkSnapshot, Snapshots.Framework.class).nodes(), entered, result);
        return result;
    }

    private static void collectLeaves(List<Snapshots.Node> nodes, Map<String, EvaluationInputEntity> entered,
            List<StoredInput> into) {
        for (Snapshots.Node n : nodes) {
            if (!n.isLeaf()) {
                collectLeaves(n.children(), entered, into);
                continue;
            }
            EvaluationInputEntity i = entered.get(n.code());
            into.add(i == null
                    ? new StoredInput(n.code(), n.name(), n.target(), n.measureUnit(), null, null, null, null, null,
                            null, null, null, null)
                    : new StoredInput(n.code(), n.name(), n.target(), n.measureUnit(), i.state, asEntered(i.actual), i.grade,
                            i.achieved, i.manualScore, i.reason, i.surveyGroup == null ? null
                                    : new Survey(i.surveyGroup, i.surveyIssued, i.surveyValid, i.surveySatisfied),
                            i.selfReportedScore, i.updatedAt));
        }
    }

    /** The stored numeric(20, 6) without the padding zeros: 210, not 210.000000. */
    private static BigDecimal asEntered(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public ScoreResponse score(UUID id) {
        EvaluationEntity e = find(id);
        if (e.status == EvaluationStatus.FINALIZED) {
            return scoreResponse(e, false, read(e.finalScore, ScoreResult.class));
        }
        return scoreResponse(e, true, completeScore(e).result());
    }

    @Transactional
    public EvaluationResponse submit(UUID id) {
        EvaluationEntity e = scope.fillable(evaluations.findById(id), id, false);
        completeScore(e);
        return movedAndAudited("SUBMIT", e, EvaluationStatus.SUBMITTED, "");
    }

    @Transactional
    public EvaluationResponse returnForRework(UUID id, String reason) {
        EvaluationEntity e = manageable(id);
        movedAndAudited("RETURN", e, EvaluationStatus.RETURNED, ", reason: " + reason);
        e.returnReason = reason;
        return toResponse(e);
    }

    @Transactional
    public EvaluationResponse approve(UUID id) {
        return movedAndAudited("APPROVE", manageable(id), EvaluationStatus.APPROVED, "");
    }

    /** Locks the evaluation with its final score and announces it, in one transaction (outbox). */
    @Transactional
    public EvaluationResponse finalizeEvaluation(UUID id) {
        EvaluationEntity e = manageable(id);
        if (!e.status.canMoveTo(EvaluationStatus.FINALIZED)) {
            throw illegalMove(e, EvaluationStatus.FINALIZED);
        }
        ScoreResult result = completeScore(e).result();
        e.total = result.total();
        e.grade = result.grade();
        e.finalScore = write(result);
        e.finalizedAt = OffsetDateTime.now();
        movedAndAudited("FINALIZE", e, EvaluationStatus.FINALIZED, ", total " + e.total + ", grade " + e.grade);
        evaluations.recordLeafScores(e.id, result.nodes());
        outbox.enqueue(Topics.EVALUATION_FINALIZED, EventTypes.EVALUATION_FINALIZED, e.unitCode,
                "evaluations/" + e.id, new EvaluationFinalized(e.id, e.revision, e.unitCode, e.fiscalYear,
                        e.type.name(), e.total, e.grade));
        return toResponse(e);
    }

    @Transactional
    public int markStale(String unitCode, int fiscalYear) {
        return evaluations.markStale(unitCode, fiscalYear);
    }

    /** Moves the evaluation and records "BEFORE -> AFTER" plus {@code detail} in the audit trail. */
    private EvaluationResponse movedAndAudited(String action, EvaluationEntity e, EvaluationStatus next, String detail) {
        EvaluationStatus before = e.status;
        EvaluationResponse moved = move(e, next);
        audited(action, e, before + " -> " + next + detail);
        return moved;
    }

    private void audited(String action, EvaluationEntity e, String summary) {
        audit.record(action, "Evaluation", e.id, e.regionCode, summary);
    }

    private EvaluationResponse move(EvaluationEntity e, EvaluationStatus next) {
        if (!e.status.canMoveTo(next)) {
            throw illegalMove(e, next);
        }
        e.status = next;
        e.updatedAt = OffsetDateTime.now();
        return toResponse(e);
    }

    private static ProblemException illegalMove(EvaluationEntity e, EvaluationStatus next) {
        return ProblemException.conflict("evaluation " + e.id + " is " + e.status + " and cannot become " + next);
    }

    /** The score when every leaf has what it needs; otherwise 409 listing what is missing or wrong. */
    private Computation completeScore(EvaluationEntity e) {
        Computation computation = compute(e, inputs.of(e.id));
        if (!computation.errors().isEmpty()) {
            throw new ProblemException(409, "incomplete-evaluation", "The evaluation cannot be scored yet",
                    computation.errors().size() + " leaf inputs are missing or invalid", computation.errors());
        }
        return computation;
    }

    private Computation compute(EvaluationEntity e, Iterable<EvaluationInputEntity> entered) {
        return scorer.compute(e, entered, schemes.resolve(e.gradeScheme, "gradeScheme"));
    }

    /** Before finalization total and grade follow the inputs: the provisional score, null while incomplete. */
    private static void rememberProvisional(EvaluationEntity e, ScoreResult result) {
        e.total = result == null ? null : result.total();
        e.grade = result == null ? null : result.grade();
    }

    private ScoreResponse scoreResponse(EvaluationEntity e, boolean provisional, ScoreResult result) {
        return new ScoreResponse(e.id, e.revision, e.status, provisional, result, selfComparison(result));
    }

    /** 自评 vs 复核 for every node that carries a self score, in tree order, then the total. */
    static List<SelfComparisonRow> selfComparison(ScoreResult result) {
        if (result == null) {
            return List.of();
        }
        List<SelfComparisonRow> rows = new ArrayList<>();
        collectSelf(result.nodes(), rows);
        if (result.selfReportedTotal() != null) {
            rows.add(new SelfComparisonRow(null, "总分", HUNDRED, result.total(), result.selfReportedTotal(),
                    result.selfTotalDifference(), selfFlag(result.selfTotalDifference())));
        }
        return rows;
    }

    private static void collectSelf(List<ScoredNode> nodes, List<SelfComparisonRow> into) {
        for (ScoredNode n : nodes) {
            if (n.selfReportedScore() != null) {
                into.add(new SelfComparisonRow(n.code(), n.name(), n.weight(), n.score(), n.selfReportedScore(),
                        n.selfScoreDifference(), selfFlag(n.selfScoreDifference())));
            }
            collectSelf(n.children(), into);
        }
    }

    private static String selfFlag(BigDecimal difference) {
        if (difference == null || difference.signum() == 0) {
            return null;
        }
        return difference.signum() > 0 ? Flag.SELF_SCORE_INFLATED : Flag.SELF_SCORE_DIFFERS;
    }

    // ------------------------------------------------------------------------------------------ reported scores

    /** Stores the unit's own category totals and total; each must name a node of the snapshot and fit its weight. */
    @Transactional
    public ReportedScoresResponse putReportedScores(UUID id, ReportedScoresRequest request) {
        EvaluationEntity e = scope.fillable(evaluations.findById(id), id, true);
        requireInputsAccepted(e);
        Map<String, BigDecimal> weights = FrameworkSnapshotMapper.weightsByCode(
                read(e.frameworkSnapshot, Snapshots.Framework.class).nodes());
        Map<String, BigDecimal> byNode = request.byNodeCode() == null ? Map.of() : request.byNodeCode();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> entry : new TreeMap<>(byNode).entrySet()) {
            String field = "byNodeCode[" + entry.getKey() + "]";
            BigDecimal weight = weights.get(entry.getKey());
            if (weight == null) {
                errors.add(new FieldError(field, "UNKNOWN_NODE", "the evaluation's framework has no node " + entry.getKey()));
            } else {
                checkScore(field, entry.getValue(), weight, errors);
            }
        }
        if (request.total() != null) {
            checkScore("total", request.total(), HUNDRED, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ReportedScores reported = new ReportedScores(byNode, request.total());
        e.reportedScores = byNode.isEmpty() && request.total() == null ? null : write(reported);
        e.updatedAt = OffsetDateTime.now();
        audited("REPORTED_SCORES", e, "nodes " + new TreeMap<>(byNode).keySet() + ", total " + request.total());
        return new ReportedScoresResponse(id, reported.byNodeCode(), reported.total());
    }

    public ReportedScoresResponse reportedScores(UUID id) {
        EvaluationEntity e = find(id);
        ReportedScores reported = scorer.reported(e);
        return new ReportedScoresResponse(id, reported.byNodeCode(), reported.total());
    }

    private static void checkScore(String field, BigDecimal score, BigDecimal weight, List<FieldError> errors) {
        if (score == null) {
            errors.add(new FieldError(field, "REQUIRED", "a score is required"));
        } else if (score.signum() < 0) {
            errors.add(new FieldError(field, "NEGATIVE_VALUE", "a score cannot be negative: " + score.toPlainString()));
        } else if (score.stripTrailingZeros().scale() > SCORE_SCALE) {
            errors.add(new FieldError(field, "TOO_MANY_DECIMALS", "scores have at most 2 decimals: " + score.toPlainString()));
        } else if (score.compareTo(weight) > 0) {
            errors.add(new FieldError(field, "SCORE_ABOVE_WEIGHT", "score " + score.toPlainString()
                    + " is above the weight " + weight.toPlainString()));
        }
    }

    // ------------------------------------------------------------------------------------------------- surveys

    /** Replaces the evaluation's 满意度问卷; leaves bound to {@code survey:<group>} fill themselves from them. */
    @Transactional
    public SurveysResponse putSurveys(UUID id, SurveysRequest request) {
        EvaluationEntity e = scope.fillable(evaluations.findById(id), id, true);
        requireInputsAccepted(e);
        List<FieldError> errors = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        List<SurveyResult> surveys = new ArrayList<>();
        for (int i = 0; i < request.surveys().size(); i++) {
            Survey s = request.surveys().get(i);
            String field = "surveys[" + i + "]";
            if (!groups.add(s.respondentGroup())) {
                errors.add(new FieldError(field + ".respondentGroup", "DUPLICATE_GROUP",
                        s.respondentGroup() + " appears twice"));
            }
            if (s.valid() > s.issued()) {
                errors.add(new FieldError(field + ".valid", "MORE_VALID_THAN_ISSUED",
                        "有效问卷 " + s.valid() + " 份多于发放的 " + s.issued() + " 份"));
            }
            if (s.satisfied() > s.valid()) {
                errors.add(new FieldError(field + ".satisfied", "MORE_SATISFIED_THAN_VALID",
                        "满意问卷 " + s.satisfied() + " 份多于有效问卷 " + s.valid() + " 份"));
            }
            surveys.add(new SurveyResult(s.respondentGroup(), s.issued(), s.valid(), s.satisfied()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        e.surveys = surveys.isEmpty() ? null : write(surveys);
        Computation computation = compute(e, inputs.of(id));
        rememberProvisional(e, computation.result());
        e.updatedAt = OffsetDateTime.now();
        audited("SURVEYS", e, surveys.size() + " groups " + groups + ", provisional total "
                + computation.provisionalTotal());
        return surveysResponse(e);
    }

    public SurveysResponse surveys(UUID id) {
        return surveysResponse(find(id));
    }

    private SurveysResponse surveysResponse(EvaluationEntity e) {
        List<SurveyResult> stored = scorer.surveys(e);
        Set<String> storedGroups = stored.stream().map(SurveyResult::respondentGroup).collect(Collectors.toSet());
        Set<String> entered = inputs.of(e.id).stream().map(i -> i.key.leafCode()).collect(Collectors.toSet());
        List<SurveyBoundLeaf> bound = new ArrayList<>();
        for (Snapshots.Node leaf : FrameworkSnapshotMapper.leaves(read(e.frameworkSnapshot, Snapshots.Framework.class).nodes())) {
            String group = FrameworkSnapshotMapper.surveyGroup(leaf);
            if (group != null) {
                bound.add(new SurveyBoundLeaf(leaf.code(), leaf.name(), group,
                        storedGroups.contains(group) && !entered.contains(leaf.code())));
            }
        }
        return new SurveysResponse(e.id, stored.stream()
                .map(s -> new Survey(s.respondentGroup(), s.issued(), s.valid(), s.satisfied())).toList(), bound);
    }

    // --------------------------------------------------------------------------------------- snapshot and revisions

    /** Re-reads the budget metrics of a DRAFT evaluation (the framework stays as opened) and clears the stale mark. */
    public EvaluationResponse refreshSnapshot(UUID id) {
        EvaluationEntity before = QuarkusTransaction.requiringNew().call(() -> requireDraft(manageable(id), id));
        Snapshots.Metrics metrics = remote("fiscalYear", "NO_BUDGET", "budget-service",
                () -> budget.metrics(before.unitCode, before.fiscalYear));
        return QuarkusTransaction.requiringNew().call(() -> {
            EvaluationEntity e = requireDraft(evaluations.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
            Object previousVersion = e.budgetVersion;
            e.metricsSnapshot = write(metrics);
            e.budgetVersion = metrics.budgetVersion();
            e.snapshotStale = false;
            audited("REFRESH_SNAPSHOT", e, "budget version " + previousVersion + " -> " + e.budgetVersion);
            rememberProvisional(e, compute(e, inputs.of(id)).result());
            e.updatedAt = OffsetDateTime.now();
            return toResponse(e);
        });
    }

    private static EvaluationEntity requireDraft(EvaluationEntity e, UUID id) {
        if (e == null) {
            throw ProblemException.notFound("evaluation", id);
        }
        if (e.status != EvaluationStatus.DRAFT) {
            throw ProblemException.conflict("evaluation " + e.id + " is " + e.status
                    + "; its snapshot can be refreshed only while DRAFT");
        }
        return e;
    }

    /**
     * 重新打开: a FINALIZED evaluation stays as it is; a new DRAFT revision starts from a copy of its snapshots, inputs,
     * surveys and reported scores.
     */
    @Transactional
    public EvaluationResponse reopen(UUID id) {
        EvaluationEntity old = manageable(id);
        if (old.status != EvaluationStatus.FINALIZED) {
            throw ProblemException.conflict("evaluation " + id + " is " + old.status + "; only FINALIZED ones can be reopened");
        }
        int next = evaluations.nextRevision(old.unitCode, old.fiscalYear, old.type);
        if (next != old.revision + 1) {
            throw ProblemException.conflict("revision " + (next - 1) + " of this evaluation already exists; reopen that one");
        }
        EvaluationEntity e = new EvaluationEntity();
        e.id = UUID.randomUUID();
        e.unitCode = old.unitCode;
        e.unitName = old.unitName;
        e.regionCode = old.regionCode;
        e.fiscalYear = old.fiscalYear;
        e.type = old.type;
        e.revision = next;
        e.status = EvaluationStatus.DRAFT;
        e.gradeScheme = old.gradeScheme;
        e.frameworkId = old.frameworkId;
        e.frameworkSnapshot = old.frameworkSnapshot;
        e.metricsSnapshot = old.metricsSnapshot;
        e.budgetVersion = old.budgetVersion;
        e.snapshotStale = old.snapshotStale;
        e.frontMatter = old.frontMatter;
        e.reportedScores = old.reportedScores;
        e.surveys = old.surveys;
        e.total = old.total;
        e.grade = old.grade;
        e.reopenedFrom = old.id;
        e.evaluatorAgency = old.evaluatorAgency;
        e.createdAt = e.updatedAt = OffsetDateTime.now();
        evaluations.persist(e);
        audited("REOPEN", old, "FINALIZED revision " + old.revision + " stays; new DRAFT revision " + next + ": " + e.id);
        for (EvaluationInputEntity i : inputs.of(id)) {
            EvaluationInputEntity copy = new EvaluationInputEntity();
            copy.key = new EvaluationInputEntity.Key(e.id, i.key.leafCode());
            copy.state = i.state;
            copy.actual = i.actual;
            copy.grade = i.grade;
            copy.achieved = i.achieved;
            copy.manualScore = i.manualScore;
            copy.reason = i.reason;
            copy.surveyGroup = i.surveyGroup;
            copy.surveyIssued = i.surveyIssued;
            copy.surveyValid = i.surveyValid;
            copy.surveySatisfied = i.surveySatisfied;
            copy.selfReportedScore = i.selfReportedScore;
            copy.updatedAt = i.updatedAt;
            inputs.persist(copy);
        }
        return toResponse(e);
    }

    private static void requireInputsAccepted(EvaluationEntity e) {
        if (!e.status.acceptsInputs()) {
            throw ProblemException.conflict("evaluation " + e.id + " is " + e.status + "; inputs can no longer change");
        }
    }

    private static void apply(EvaluationInputEntity entity, InputRequest in) {
        entity.state = in.state();
        entity.actual = in.actual();
        entity.grade = in.grade();
        entity.achieved = in.achieved();
        entity.manualScore = in.manualScore();
        entity.reason = in.reason();
        entity.surveyGroup = in.survey() == null ? null : in.survey().respondentGroup();
        entity.surveyIssued = in.survey() == null ? null : in.survey().issued();
        entity.surveyValid = in.survey() == null ? null : in.survey().valid();
        entity.surveySatisfied = in.survey() == null ? null : in.survey().satisfied();
        entity.selfReportedScore = in.selfReportedScore();
        entity.updatedAt = OffsetDateTime.now();
    }

    /** The evaluation when the caller may read it; 404 when it does not exist or lies outside their scope. */
    private EvaluationEntity find(UUID id) {
        return scope.readable(evaluations.findById(id), id);
    }

    private EvaluationEntity manageable(UUID id) {
        return scope.manageable(evaluations.findById(id), id);
    }

    private static ProblemException unknownUnit() {
        return ProblemException.invalid("unitCode", "UNKNOWN_UNIT", "not found in budget-service");
    }

    /** A remote read whose 404 is the caller's mistake (a bad id in {@code field}); anything else is 503. */
    private static <T> T remote(String field, String code, String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException ex) {
            if (ex.getResponse().getStatus() == 404) {
                throw ProblemException.invalid(field, code, ex.getMessage() == null ? "not found" : "not found in " + service);
            }
            throw unavailable(service, ex);
        } catch (ProcessingException ex) {
            throw unavailable(service, ex);
        }
    }

    private static ProblemException unavailable(String service, Exception cause) {
        return new ProblemException(503, "dependency-unavailable", "A service this one needs is unavailable",
                service + " did not answer: " + cause.getMessage(), List.of());
    }

    private EvaluationResponse toResponse(EvaluationEntity e) {
        Snapshots.Framework framework = read(e.frameworkSnapshot, Snapshots.Framework.class);
        Snapshots.Metrics metrics = read(e.metricsSnapshot, Snapshots.Metrics.class);
        FrontMatter front = e.frontMatter == null ? null : read(e.frontMatter, FrontMatter.class);
        return new EvaluationResponse(e.id, e.unitCode, e.unitName, e.regionCode, e.fiscalYear, e.type, e.revision,
                e.status, e.gradeScheme, e.frameworkId, framework.code(), framework.version(), e.budgetVersion,
                e.snapshotStale, metrics.metrics().stream().map(SnapshotMetric::of).toList(),
                metrics.finalAccountsIncomplete(), front, e.returnReason, e.total, e.grade, e.finalizedAt, e.createdAt,
                e.updatedAt, e.reopenedFrom, e.evaluatorAgency);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored snapshot is unreadable as " + type.getSimpleName(), ex);
        }
    }
}
