package org.jixiao.scoring.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.jixiao.commons.audit.AuditTrail;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.scoring.domain.EvaluationStatus;
import org.jixiao.scoring.domain.GradeScheme;
import org.jixiao.scoring.domain.LeafInput;
import org.jixiao.scoring.repository.EvaluationRepository;
import org.jixiao.scoring.repository.RescoreJobEntity;
import org.jixiao.scoring.repository.RescoreRows;
import org.jixiao.scoring.repository.RescoreJobEntity.Status;
import org.jixiao.scoring.rest.RescoreJobDtos.CreateRequest;
import org.jixiao.scoring.rest.RescoreJobDtos.JobError;
import org.jixiao.scoring.rest.RescoreJobDtos.JobResponse;
import org.jixiao.scoring.service.EvaluationScorer.Computation;
import org.jixiao.scoring.service.EvaluationScorer.PreparedFramework;

/**
 * Re-scores a region-year's evaluations in the background (e.g. after a grade scheme changed): page by page in id
 * order, one transaction per page, progress stored with each page. FINALIZED evaluations are counted, never changed.
 */
@ApplicationScoped
public class RescoreJobService {
    private static final Logger LOG = Logger.getLogger(RescoreJobService.class);
    private static final TypeReference<List<JobError>> ERRORS = new TypeReference<>() {
    };
    private static final UUID BEFORE_ALL = new UUID(0L, 0L);
    private static final int ERRORS_KEPT = 100;
    private static final int FRAMEWORKS_CACHED = 32;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ManagedExecutor executor;
    private final EvaluationRepository evaluations;
    private final EvaluationScorer scorer;
    private final GradeSchemeService schemes;
    private final ObjectMapper json;
    private final int pageSize;
    private final RescoreRows rows;
    private final ScoringScope scope;
    private final AuditTrail audit;

    public RescoreJobService(ManagedExecutor executor, EvaluationRepository evaluations, RescoreRows rows,
            EvaluationScorer scorer, GradeSchemeService schemes, ObjectMapper json,
            @ConfigProperty(name = "jixiao.rescore.page-size", defaultValue = "250") int pageSize, ScoringScope scope,
            AuditTrail audit) {
        this.scope = scope;
        this.audit = audit;
        this.pageSize = pageSize;
        this.rows = rows;
        this.executor = executor;
        this.evaluations = evaluations;
        this.scorer = scorer;
        this.schemes = schemes;
        this.json = json;
    }

    /** A job that was running when the service stopped will never finish: say so instead of showing it running. */
    void failInterruptedJobs(@Observes StartupEvent startup) {
        int interrupted = QuarkusTransaction.requiringNew().call(() -> RescoreJobEntity.update(
                "status = ?1, failure = ?2, finishedAt = ?3 where status in ?4", Status.FAILED,
                "interrupted by a restart of scoring-service; start a new job", OffsetDateTime.now(),
                List.of(Status.QUEUED, Status.RUNNING)));
        if (interrupted > 0) {
            LOG.warnf("%d re-score job(s) were interrupted by a restart", interrupted);
        }
    }

    /** Starts a job over a region inside the caller's own (another region does not exist for them: 404). */
    public JobResponse start(CreateRequest request) {
        if (!scope.caller().canSee(request.regionCode())) {
            throw ProblemException.notFound("region", request.regionCode());
        }
        if (request.gradeScheme() != null) {
            schemes.resolveUsable(request.gradeScheme(), "gradeScheme");
        }
        RescoreJobEntity job = QuarkusTransaction.requiringNew().call(() -> {
            RescoreJobEntity j = new RescoreJobEntity();
            j.id = UUID.randomUUID();
            j.regionCode = request.regionCode();
            j.fiscalYear = request.fiscalYear();
            j.gradeScheme = request.gradeScheme();
            j.status = Status.QUEUED;
            j.total = Math.toIntExact(evaluations.countInRegionYear(request.regionCode(), request.fiscalYear()));
            j.errors = "[]";
            j.createdAt = OffsetDateTime.now();
            j.persist();
            audit.record("START", "RescoreJob", j.id, j.regionCode, "region " + j.regionCode + " year " + j.fiscalYear
                    + ", " + j.total + " evaluations" + (j.gradeScheme == null ? "" : ", grade scheme " + j.gradeScheme));
            return j;
        });
        executor.runAsync(() -> run(job.id));
        return toResponse(job);
    }

    public JobResponse get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RescoreJobEntity job = RescoreJobEntity.findById(id);
            if (job == null || !scope.caller().canSee(job.regionCode)) {
                throw ProblemException.notFound("re-score job", id);
            }
            return toResponse(job);
        });
    }

    /** Runs a job to its end; never throws: a failure is recorded on the job. */
    void run(UUID jobId) {
        try {
            RescoreJobEntity job = QuarkusTransaction.requiringNew().call(() -> {
                RescoreJobEntity j = RescoreJobEntity.findById(jobId);
                j.status = Status.RUNNING;
                j.startedAt = OffsetDateTime.now();
                return j;
            });
            Run run = new Run(job.regionCode, job.fiscalYear,
                    job.gradeScheme == null ? null : schemes.resolve(job.gradeScheme, "gradeScheme"));
            UUID after = BEFORE_ALL;
            while (after != null) {
                UUID from = after;
                after = QuarkusTransaction.requiringNew().call(() -> page(jobId, run, from));
            }
            QuarkusTransaction.requiringNew().run(() -> {
                RescoreJobEntity j = RescoreJobEntity.findById(jobId);
                j.status = Status.COMPLETED;
                j.finishedAt = OffsetDateTime.now();
            });
        } catch (RuntimeException ex) {
            LOG.errorf(ex, "re-score job %s failed", jobId);
            QuarkusTransaction.requiringNew().run(() -> {
                RescoreJobEntity j = RescoreJobEntity.findById(jobId);
                if (j != null) {
                    j.status = Status.FAILED;
                    j.failure = String.valueOf(ex.getMessage());
                    j.finishedAt = OffsetDateTime.now();
                }
            });
        }
    }

    /** What stays the same across the pages of one job. */
    private final class Run {
        final String regionCode;
        final int fiscalYear;
        final GradeScheme switchTo;
        final Map<String, GradeScheme> schemesByCode = new HashMap<>();
        /** Evaluations opened against the same framework version share one parsed snapshot, found by its md5. */
        final Map<String, PreparedFramework> frameworks = new LinkedHashMap<>(FRAMEWORKS_CACHED, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedFramework> eldest) {
                return size() > FRAMEWORKS_CACHED;
            }
        };

        Run(String regionCode, int fiscalYear, GradeScheme switchTo) {
            this.regionCode = regionCode;
            this.fiscalYear = fiscalYear;
            this.switchTo = switchTo;
        }

        GradeScheme scheme(String code) {
            return schemesByCode.computeIfAbsent(code, c -> schemes.resolve(c, "gradeScheme"));
        }
    }

    /** One page in one transaction; the last id of the page, or null when there was nothing left. */
    private UUID page(UUID jobId, Run run, UUID after) {
        List<RescoreRows.Row> page = rows.page(run.regionCode, run.fiscalYear, after, pageSize);
        if (page.isEmpty()) {
            return null;
        }
        List<UUID> open = page.stream().filter(e -> e.status() != EvaluationStatus.FINALIZED)
                .map(RescoreRows.Row::id).toList();
        Map<UUID, Map<String, LeafInput>> inputsById = rows.inputs(open);
        RescoreJobEntity job = RescoreJobEntity.findById(jobId);
        List<JobError> errors = readErrors(job.errors);
        List<RescoreRows.ScoreUpdate> updates = new ArrayList<>();
        Map<UUID, String> unitCodes = new HashMap<>();
        for (RescoreRows.Row e : page) {
            job.processed++;
            if (e.status() == EvaluationStatus.FINALIZED) {
                job.finalizedUnchanged++;
                continue;
            }
            unitCodes.put(e.id(), e.unitCode());
            JobError error = rescore(e, inputsById.getOrDefault(e.id(), new HashMap<>()), run, updates);
            if (error == null) {
                job.rescored++;
            } else {
                job.failed++;
                addError(errors, error);
            }
        }
        for (UUID skipped : rows.update(updates, OffsetDateTime.now())) {
            job.rescored--;
            job.failed++;
            addError(errors, new JobError(skipped, unitCodes.get(skipped), "CHANGED_MEANWHILE",
                    "the evaluation was changed or finalized while the job ran; start another job to re-score it"));
        }
        job.errors = write(errors);
        return page.get(page.size() - 1).id();
    }

    private static void addError(List<JobError> errors, JobError error) {
        if (errors.size() < ERRORS_KEPT) {
            errors.add(error);
        }
    }

    /** Scores one open evaluation; queues an update when anything changes. A problem comes back as an error. */
    private JobError rescore(RescoreRows.Row e, Map<String, LeafInput> entered, Run run,
            List<RescoreRows.ScoreUpdate> updates) {
        String scheme = run.switchTo == null ? e.gradeScheme() : run.switchTo.code();
        BigDecimal total;
        String grade;
        JobError error = null;
        try {
            PreparedFramework framework = run.frameworks.get(e.frameworkHash());
            if (framework == null) {
                framework = scorer.prepare(rows.frameworkSnapshot(e.id()));
                run.frameworks.put(e.frameworkHash(), framework);
            }
            Computation c = scorer.compute(framework, e.metricsSnapshot(), e.surveys(), e.reportedScores(), entered,
                    run.switchTo == null ? run.scheme(scheme) : run.switchTo);
            total = c.complete() ? c.result().total() : null;
            grade = c.complete() ? c.result().grade() : null;
            if (!c.complete()) {
                boolean onlyMissing = c.errors().stream()
                        .allMatch(err -> EvaluationScorer.MISSING_INPUT.equals(err.code()));
                String first = c.errors().stream().limit(3)
                        .map(err -> err.field() + " " + err.code()).collect(Collectors.joining("; "));
                error = new JobError(e.id(), e.unitCode(), onlyMissing ? "INCOMPLETE_EVALUATION" : "INVALID_EVALUATION",
                        c.errors().size() + " leaf inputs are missing or invalid: " + first
                                + (c.errors().size() > 3 ? "; …" : ""));
            }
        } catch (ProblemException | IllegalStateException ex) {
            return new JobError(e.id(), e.unitCode(), "RESCORE_FAILED", ex.getMessage());
        }
        if (!scheme.equals(e.gradeScheme()) || !Objects.equals(grade, e.grade()) || !sameAmount(total, e.total())) {
            updates.add(new RescoreRows.ScoreUpdate(e.id(), scheme, total, grade, e.updatedAt()));
        }
        return error;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private List<JobError> readErrors(String text) {
        try {
            return new ArrayList<>(json.readValue(text, ERRORS));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored job errors are unreadable", ex);
        }
    }

    private String write(List<JobError> errors) {
        try {
            return json.writeValueAsString(errors);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private JobResponse toResponse(RescoreJobEntity j) {
        BigDecimal percent = j.total == 0
                ? (j.status == Status.COMPLETED ? HUNDRED.setScale(2) : BigDecimal.ZERO.setScale(2))
                : BigDecimal.valueOf(Math.min(j.processed, j.total)).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(j.total), 2, RoundingMode.HALF_UP);
        return new JobResponse(j.id, j.regionCode, j.fiscalYear, j.gradeScheme, j.status, j.total, j.processed,
                percent, j.rescored, j.finalizedUnchanged, j.failed, readErrors(j.errors), j.failure, j.createdAt,
                j.startedAt, j.finishedAt);
    }
}
