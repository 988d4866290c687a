package org.jixiao.budget.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jixiao.budget.repository.ImportJobStore;
import org.jixiao.budget.repository.ImportJobStore.StoredJob;
import org.jixiao.budget.rest.ImportJobDtos.ImportJobResponse;
import org.jixiao.budget.rest.ImportJobDtos.JobStatus;
import org.jixiao.budget.rest.ImportDtos.ImportMode;
import org.jixiao.budget.service.BudgetImportService.ImportAnswer;
import org.jixiao.budget.service.BudgetImportService.ImportOptions;
import org.jixiao.budget.service.imports.BudgetRowReader;
import org.jixiao.budget.service.imports.CsvBudgetRowReader;
import org.jixiao.budget.service.imports.JsonBudgetRowReader;
import org.jixiao.budget.service.imports.RawRow;
import org.jixiao.budget.service.imports.XlsxUpload;
import org.jixiao.commons.problem.Problem;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.commons.security.CallerScope;
import org.jixiao.commons.web.RequestIds;
import jakarta.inject.Inject;
import org.jixiao.commons.audit.AuditTrail;

/**
 * Bulk uploads as jobs. The request spools its body to a temporary file (streamed, never held in memory), stores a
 * QUEUED job and returns; one job at a time then runs on a managed executor (the machine has few cores): it counts
 * the rows (total), imports them through {@link BudgetImportService} exactly as a direct push would, recording
 * progress every {@value #PROGRESS_EVERY} rows in transactions of its own, and stores the answer.
 * The caller's region and request id are taken when the request comes in: the job runs after that request ended.
 */
@ApplicationScoped
public class ImportJobService {
    static final int PROGRESS_EVERY = 1000;
    private static final Logger LOG = Logger.getLogger(ImportJobService.class);
    private static final String PROBLEM_TYPE = "https://jixiao.org/problems/";

    private final BudgetImportService imports;
    private final ImportJobStore jobs;
    private final UnitScope scope;
    private final CallerScope caller;
    private final ObjectMapper json;
    private final BudgetJson budgetJson;
    private ManagedExecutor executor;
    @Inject
    AuditTrail audit;

    public ImportJobService(BudgetImportService imports, ImportJobStore jobs, UnitScope scope, CallerScope caller,
            ObjectMapper json, BudgetJson budgetJson) {
        this.imports = imports;
        this.jobs = jobs;
        this.scope = scope;
        this.caller = caller;
        this.json = json;
        this.budgetJson = budgetJson;
    }

    /** Uploads still QUEUED or RUNNING at start-up were lost with the previous process and its temporary files. */
    void abandonInterruptedJobs(@Observes StartupEvent start) {
        String error = budgetJson.write(new Problem(PROBLEM_TYPE + "import-job-interrupted", "Import job interrupted",
                500, "the service restarted before the job finished; upload again", null, null, List.of()));
        int abandoned = QuarkusTransaction.requiringNew().call(
                () -> jobs.abandon(JobStatus.FAILED.name(), error, now()));
        if (abandoned > 0) {
            LOG.warnf("%d import jobs were interrupted by a restart and marked FAILED", abandoned);
        }
    }

    /** One job at a time, and none of the submitting request's contexts: that request has ended when a job runs. */
    @PostConstruct
    void start() {
        executor = ManagedExecutor.builder()
                .maxAsync(1)
                .propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING)
                .build();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * Spools {@code body} and queues its import; {@code format} is json, csv or xlsx, as in
     * {@link ImportOptions#format()}.
     */
    public ImportJobResponse submit(InputStream body, ImportOptions options) {
        Path file;
        long bytes;
        try {
            file = Files.createTempFile("budget-job-", "." + options.format());
            bytes = Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool the upload", e);
        }
        String scopePrefix = scope.regionPrefix().orElse(null);
        // who submitted: the job row keeps it, and the history records it as who made the job's changes
        String submitter = caller.caller().subject() == null ? BudgetJson.ANONYMOUS : caller.caller().subject();
        StoredJob job = new StoredJob(UUID.randomUUID(), JobStatus.QUEUED.name(), options.format(),
                options.mode().name(), options.dryRun(), options.idempotencyKey(), options.sourceSystem(), scopePrefix,
                submitter, RequestIds.current(), bytes, 0, null, null, false, null, null, now(), null, null);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                jobs.insert(job);
                // the job itself runs without the caller, so who queued it is recorded here
                audit.record("SUBMIT", "BudgetImportJob", job.id(), scopePrefix, options.format() + " "
                        + options.mode() + ", " + bytes + " bytes" + (options.dryRun() ? ", dry run" : ""));
            });
            executor.runAsync(() -> run(job, file, options));
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        return response(job);
    }

    /** The job, when the caller's region covers the region it was submitted in; otherwise empty, as if missing. */
    public Optional<ImportJobResponse> find(UUID id) {
        Optional<String> callerPrefix = scope.regionPrefix();
        return QuarkusTransaction.requiringNew().call(() -> jobs.find(id))
                .filter(job -> job.scopePrefix() != null && callerPrefix.isPresent()
                        && job.scopePrefix().startsWith(callerPrefix.get()))
                .map(ImportJobService::response);
    }

    private void run(StoredJob job, Path file, ImportOptions options) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        if (job.requestId() != null) {
            MDC.put(RequestIds.MDC_KEY, job.requestId());
        }
        UUID id = job.id();
        try {
            QuarkusTransaction.requiringNew().run(() -> jobs.started(id, JobStatus.RUNNING.name(), now()));
            long total = countRows(file, options.format());
            QuarkusTransaction.requiringNew().run(() -> jobs.total(id, total));
            ImportAnswer answer;
            try (XlsxUpload upload = XlsxUpload.fromFile(file);
                    InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
                answer = imports.importBudgets(in, options,
                        stream -> new Progress(id, reader(options.format(), stream, upload)), job.scopePrefix(),
                        job.createdBy());
            }
            JobStatus status = answer.status() == 200 ? JobStatus.SUCCEEDED : JobStatus.FAILED;
            QuarkusTransaction.requiringNew().run(() -> jobs.finished(id, status.name(), total, answer.status(),
                    answer.replayed(), answer.body(), null, now()));
        } catch (ProblemException e) {
            fail(id, e.status(), new Problem(PROBLEM_TYPE + e.type(), e.title(), e.status(), e.getMessage(),
                    options.instance(), job.requestId(), e.errors()));
        } catch (RuntimeException | IOException e) {
            LOG.errorf(e, "import job %s failed", id);
            fail(id, 500, new Problem(PROBLEM_TYPE + "internal", "Internal error", 500,
                    "the import job failed unexpectedly; quote the request id", options.instance(), job.requestId(),
                    List.of()));
        } finally {
            delete(file);
            MDC.remove(RequestIds.MDC_KEY);
            requestContext.terminate();
        }
    }

    private void fail(UUID id, int httpStatus, Problem problem) {
        try {
            String error = budgetJson.write(problem);
            QuarkusTransaction.requiringNew().run(() -> jobs.finished(id, JobStatus.FAILED.name(), null, httpStatus,
                    false, null, error, now()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "cannot record the failure of import job %s", id);
        }
    }

    /** The rows of the upload, read without validation, so that progress can be told as processed of total. */
    private long countRows(Path file, String format) throws IOException {
        try (XlsxUpload upload = XlsxUpload.fromFile(file);
                InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            BudgetRowReader reader = reader(format, in, upload);
            long rows = 0;
            while (reader.next() != null) {
                rows++;
            }
            return rows;
        }
    }

    private BudgetRowReader reader(String format, InputStream in, XlsxUpload upload) {
        return switch (format) {
            case "json" -> {
                try {
                    JsonParser parser = json.getFactory().createParser(in);
                    // the import hashes the rest of the body after the last row; the parser must not close it
                    parser.configure(JsonParser.Feature.AUTO_CLOSE_SOURCE, false);
                    yield new JsonBudgetRowReader(parser);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case "csv" -> new CsvBudgetRowReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
                    64 * 1024));
            case "xlsx" -> upload.open(in);
            default -> throw new IllegalArgumentException("unknown upload format " + format);
        };
    }

    /** Counts the rows the import reads and records the count every {@value #PROGRESS_EVERY} rows. */
    private final class Progress implements BudgetRowReader {
        private final UUID id;
        private final BudgetRowReader rows;
        private long read;

        Progress(UUID id, BudgetRowReader rows) {
            this.id = id;
            this.rows = rows;
        }

        @Override
        public RawRow next() throws IOException {
            RawRow row = rows.next();
            if (row != null && ++read % PROGRESS_EVERY == 0) {
                long processed = read;
                QuarkusTransaction.requiringNew().run(() -> jobs.progress(id, processed));
            }
            return row;
        }
    }

    static ImportJobResponse response(StoredJob job) {
        JobStatus status = JobStatus.valueOf(job.status());
        BigDecimal percent = null;
        if (job.total() != null) {
            percent = job.total() == 0
                    ? (status.done() ? BigDecimal.valueOf(100) : BigDecimal.ZERO).setScale(2)
                    : BigDecimal.valueOf(job.processed()).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(job.total()), 2, RoundingMode.HALF_UP);
        }
        return new ImportJobResponse(job.id(), status, job.format(), ImportMode.valueOf(job.mode()), job.dryRun(),
                job.idempotencyKey(), job.uploadBytes(), job.processed(), job.total(), percent, job.createdAt(),
                job.startedAt(), job.finishedAt(), job.httpStatus(), status.done() ? job.replayed() : null,
                job.summary(), job.error());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("cannot delete the spooled upload %s", file);
        }
    }
}
