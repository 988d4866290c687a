package org.jixiao.scoring.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
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
import org.jixiao.scoring.domain.InputError;
import org.jixiao.scoring.domain.LeafInput;
import org.jixiao.scoring.domain.ScoreResult;
import org.jixiao.scoring.domain.ScoringEngine;
import org.jixiao.scoring.domain.ScoringInputException;
import org.jixiao.scoring.domain.SurveyResult;
import org.jixiao.scoring.repository.EvaluationEntity;
import org.jixiao.scoring.repository.EvaluationInputEntity;
import org.jixiao.scoring.repository.EvaluationInputRepository;
import org.jixiao.scoring.repository.EvaluationRepository;
import org.jixiao.scoring.rest.EvaluationDtos.EvaluationResponse;
import org.jixiao.scoring.rest.EvaluationDtos.EvaluationSummary;
import org.jixiao.scoring.rest.EvaluationDtos.FrontMatter;
import org.jixiao.scoring.rest.EvaluationDtos.InputRequest;
import org.jixiao.scoring.rest.EvaluationDtos.InputsRequest;
import org.jixiao.scoring.rest.EvaluationDtos.OpenRequest;
import org.jixiao.scoring.rest.EvaluationDtos.ScoreResponse;
import org.jixiao.scoring.rest.EvaluationDtos.StoredInput;
import org.jixiao.scoring.rest.EvaluationDtos.Survey;

@ApplicationScoped
public class EvaluationService {
    private static final String MISSING_INPUT = "MISSING_INPUT";

    private final EvaluationRepository evaluations;
    private final EvaluationInputRepository inputs;
    private final IndicatorClient indicator;
    private final BudgetClient budget;
    private final Outbox outbox;
    private final ObjectMapper json;

    public EvaluationService(EvaluationRepository evaluations, EvaluationInputRepository inputs,
            @RestClient IndicatorClient indicator, @RestClient BudgetClient budget, Outbox outbox, ObjectMapper json) {
        this.evaluations = evaluations;
        this.inputs = inputs;
        this.indicator = indicator;
        this.budget = budget;
        this.outbox = outbox;
        this.json = json;
    }

    /** Snapshots the framework and the budget metrics (remote calls, outside any transaction), then stores. */
    public EvaluationResponse open(OpenRequest request) {
        String scheme = GradeSchemes.resolve(request.gradeScheme()).code();
        Snapshots.Framework framework = remote("frameworkId", "UNKNOWN_FRAMEWORK", "indicator-service",
                () -> indicator.framework(request.frameworkId()));
        if (!"PUBLISHED".equals(framework.status())) {
            throw ProblemException.invalid("frameworkId", "FRAMEWORK_NOT_PUBLISHED",
                    "framework " + framework.id() + " is " + framework.status() + "; publish it first");
        }
        Snapshots.Unit unit = remote("unitCode", "UNKNOWN_UNIT", "budget-service", () -> budget.unit(request.unitCode()));
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
            e.createdAt = e.updatedAt = OffsetDateTime.now();
            evaluations.persist(e);
            return toResponse(e);
        });
    }

    public EvaluationResponse get(UUID id) {
        return toResponse(find(id));
    }

    public List<EvaluationSummary> list(String regionPrefix, Integer fiscalYear, int page, int size) {
        return evaluations.page(regionPrefix, fiscalYear, page, size).stream()
                .map(e -> new EvaluationSummary(e.id, e.unitCode, e.unitName, e.regionCode, e.fiscalYear, e.type,
                        e.revision, e.status, e.total, e.grade))
                .toList();
    }

    /**
     * Records leaf inputs. Every submitted input is checked by the engine against its leaf; one bad input refuses the
     * whole request and nothing is written.
     */
    @Transactional
    public ScoreResponse putInputs(UUID id, InputsRequest request) {
        EvaluationEntity e = find(id);
        if (!e.status.acceptsInputs()) {
            throw ProblemException.conflict("evaluation " + id + " is " + e.status + "; inputs can no longer change");
        }
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
        ScoreComputation computation = compute(e, stored.values());
        List<FieldError> inputErrors = computation.errors().stream()
                .filter(err -> !MISSING_INPUT.equals(err.code()))
                .filter(err -> submitted.stream().anyMatch(code -> err.field().startsWith("inputs[" + code + "]")))
                .toList();
        if (!inputErrors.isEmpty()) {
            throw ProblemException.invalid(inputErrors);
        }
        stored.values().forEach(inputs::persist);
        e.updatedAt = OffsetDateTime.now();
        return new ScoreResponse(id, e.revision, e.status, true, computation.result());
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
                    : new StoredInput(n.code(), n.name(), n.target(), n.measureUnit(), i.state, i.actual, i.grade,
                            i.achieved, i.manualScore, i.reason, i.surveyGroup == null ? null
                                    : new Survey(i.surveyGroup, i.surveyIssued, i.surveyValid, i.surveySatisfied),
                            i.selfReportedScore, i.updatedAt));
        }
    }

    public ScoreResponse score(UUID id) {
        EvaluationEntity e = find(id);
        if (e.status == EvaluationStatus.FINALIZED) {
            return new ScoreResponse(id, e.revision, e.status, false, read(e.finalScore, ScoreResult.class));
        }
        return new ScoreResponse(id, e.revision, e.status, true, completeScore(e).result());
    }

    @Transactional
    public EvaluationResponse submit(UUID id) {
        EvaluationEntity e = find(id);
        completeScore(e);
        return move(e, EvaluationStatus.SUBMITTED);
    }

    @Transactional
    public EvaluationResponse returnForRework(UUID id, String reason) {
        EvaluationEntity e = find(id);
        move(e, EvaluationStatus.RETURNED);
        e.returnReason = reason;
        return toResponse(e);
    }

    @Transactional
    public EvaluationResponse approve(UUID id) {
        return move(find(id), EvaluationStatus.APPROVED);
    }

    /** Locks the evaluation with its final score and announces it, in one transaction (outbox). */
    @Transactional
    public EvaluationResponse finalizeEvaluation(UUID id) {
        EvaluationEntity e = find(id);
        if (!e.status.canMoveTo(EvaluationStatus.FINALIZED)) {
            throw illegalMove(e, EvaluationStatus.FINALIZED);
        }
        ScoreResult result = completeScore(e).result();
        e.total = result.total();
        e.grade = result.grade();
        e.finalScore = write(result);
        e.finalizedAt = OffsetDateTime.now();
        move(e, EvaluationStatus.FINALIZED);
        outbox.enqueue(Topics.EVALUATION_FINALIZED, EventTypes.EVALUATION_FINALIZED, e.unitCode,
                "evaluations/" + e.id, new EvaluationFinalized(e.id, e.revision, e.unitCode, e.fiscalYear,
                        e.type.name(), e.total, e.grade));
        return toResponse(e);
    }

    @Transactional
    public int markStale(String unitCode, int fiscalYear) {
        return evaluations.markStale(unitCode, fiscalYear);
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

    private record ScoreComputation(ScoreResult result, List<FieldError> errors) {
    }

    /** The score when every leaf has what it needs; otherwise 409 listing what is missing or wrong. */
    private ScoreComputation completeScore(EvaluationEntity e) {
        ScoreComputation computation = compute(e, inputs.of(e.id));
        if (!computation.errors().isEmpty()) {
            throw new ProblemException(409, "incomplete-evaluation", "The evaluation cannot be scored yet",
                    computation.errors().size() + " leaf inputs are missing or invalid", computation.errors());
        }
        return computation;
    }

    private ScoreComputation compute(EvaluationEntity e, Iterable<EvaluationInputEntity> entered) {
        Snapshots.Framework framework = read(e.frameworkSnapshot, Snapshots.Framework.class);
        Snapshots.Metrics metrics = read(e.metricsSnapshot, Snapshots.Metrics.class);
        Map<String, LeafInput> leafInputs = new HashMap<>();
        for (EvaluationInputEntity i : entered) {
            leafInputs.put(i.key.leafCode(), toDomain(i));
        }
        Map<String, Snapshots.Metric> byName = metrics.metrics().stream()
                .collect(Collectors.toMap(Snapshots.Metric::name, Function.identity()));
        FrameworkSnapshotMapper.fillBoundLeaves(framework.nodes(), byName, leafInputs);
        try {
            ScoreResult result = ScoringEngine.score(FrameworkSnapshotMapper.toEngine(framework.nodes()), leafInputs,
                    GradeSchemes.resolve(e.gradeScheme));
            return new ScoreComputation(result, List.of());
        } catch (ScoringInputException ex) {
            List<FieldError> errors = new ArrayList<>();
            for (InputError err : ex.errors()) {
                errors.add(new FieldError(err.field(), err.code(), err.message()));
            }
            return new ScoreComputation(null, errors);
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

    private static LeafInput toDomain(EvaluationInputEntity i) {
        SurveyResult survey = i.surveyGroup == null ? null
                : new SurveyResult(i.surveyGroup, i.surveyIssued, i.surveyValid, i.surveySatisfied);
        return new LeafInput(i.key.leafCode(), i.state, i.actual, i.grade, i.achieved, i.manualScore, i.reason, survey,
                i.selfReportedScore);
    }

    private EvaluationEntity find(UUID id) {
        EvaluationEntity e = evaluations.findById(id);
        if (e == null) {
            throw ProblemException.notFound("evaluation", id);
        }
        return e;
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
                e.snapshotStale, metrics.metrics(), metrics.finalAccountsIncomplete(), front, e.returnReason, e.total,
                e.grade, e.finalizedAt, e.createdAt, e.updatedAt);
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
