package org.jixiao.budget.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jboss.logging.MDC;
import org.jixiao.budget.domain.BudgetContent;
import org.jixiao.budget.domain.BudgetRowValidator;
import org.jixiao.budget.domain.ParsedBudgetRow;
import org.jixiao.budget.domain.RowConflict;
import org.jixiao.budget.repository.BudgetStore;
import org.jixiao.budget.repository.UnitEntity;
import org.jixiao.budget.service.BudgetDetailsService.PushedLists;
import org.jixiao.budget.repository.BudgetStore.Audit;
import org.jixiao.budget.repository.BudgetStore.BudgetWrite;
import org.jixiao.budget.repository.BudgetStore.StoredBudget;
import org.jixiao.budget.repository.BudgetStore.UnitYear;
import org.jixiao.budget.repository.ImportRequestStore;
import org.jixiao.budget.repository.ImportRequestStore.StoredAnswer;
import org.jixiao.budget.rest.BudgetDtos;
import org.jixiao.budget.rest.ImportDtos.ImportCount;
import org.jixiao.budget.rest.ImportDtos.ImportMode;
import org.jixiao.budget.rest.ImportDtos.ImportStatus;
import org.jixiao.budget.rest.ImportDtos.ImportSummary;
import org.jixiao.budget.rest.ImportDtos.RowConflictDto;
import org.jixiao.budget.service.imports.BudgetRowReader;
import org.jixiao.budget.service.imports.RawRow;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.commons.web.RequestIds;
import jakarta.inject.Inject;
import org.jixiao.commons.audit.AuditTrail;

/**
 * The bulk push pipeline, the same for JSON, CSV and XLSX: read rows one by one, validate them with
 * {@link BudgetRowValidator} in chunks of {@value #CHUNK} (one unit lookup and one budget lookup per chunk),
 * and write each chunk's changes with their history and budget.updated events ({@link BudgetStore#write}). Reading
 * and validating run on a reader thread of their own, one chunk ahead of the writing (see {@link #readAndWrite}).
 * Memory stays bounded by a few chunks, the duplicate index of the validator and at most
 * {@value #MAX_LISTED_CONFLICTS} listed conflicts.
 */
@ApplicationScoped
public class BudgetImportService {
    static final int CHUNK = 1000;
    /** Chunks prepared by the reader and not yet written. */
    static final int PREPARED_CHUNKS = 2;
    /** A chunk's writes: the changed budgets, and the detail lists of rows that carried some (usually none). */
    private record Prepared(List<BudgetWrite> writes, List<DetailsWrite> details) {
    }

    /**
     * The lists one valid row carried, to replace after the chunk's budgets were written; {@code eventSent} when
     * the row's figures changed, so that its budget write already enqueued the unit-year's budget.updated.
     */
    private record DetailsWrite(String unitCode, int fiscalYear, PushedLists lists, boolean eventSent) {
    }

    private static final Prepared END = new Prepared(List.of(), List.of());
    static final int MAX_LISTED_CONFLICTS = 1000;
    public static final int UNPROCESSABLE = 422;
    private static final String PROBLEM_TYPE = "https://jixiao.org/problems/";

    private final BudgetStore store;
    private final ImportRequestStore requests;
    private final BudgetJson json;
    private final UnitScope scope;
    /** The reader threads of pushes in progress, one each; idle ones end after a minute. */
    private final ExecutorService readers = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "budget-import-reader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });
    @Inject
    AuditTrail auditTrail;
    @Inject
    BudgetDetailsService details;
    @Inject
    EntityManager entityManager;

    public BudgetImportService(BudgetStore store, ImportRequestStore requests, BudgetJson json, UnitScope scope) {
        this.store = store;
        this.requests = requests;
        this.json = json;
        this.scope = scope;
    }

    /** How to run a push; {@code format} names the body format and is part of what a key's replay must match. */
    public record ImportOptions(ImportMode mode, boolean dryRun, String idempotencyKey, String sourceSystem,
                                String format, String instance) {
    }

    /** The answer to send: status, JSON body, and whether it is the stored first answer to the same key. */
    public record ImportAnswer(int status, String body, boolean replayed) {
    }

    /**
     * Runs a push in one transaction. With an Idempotency-Key (and not a dry run) the first answer is stored; a
     * later push with the same key and the same body and options gets it back without anything being applied,
     * and one with a different body is refused with 422.
     */
    @Transactional
    public ImportAnswer importBudgets(InputStream body, ImportOptions options,
                                      Function<InputStream, BudgetRowReader> readerFactory) {
        return importBudgets(body, options, readerFactory, scope.regionPrefix().orElse(null), scope.callerSubject());
    }

    /**
     * The same push for a caller whose region prefix ({@code scopePrefix}; null: they see nothing) and token subject
     * ({@code changedBy}, what the history records as who made the changes) were read when their request came in:
     * an import job runs on another thread after that request has ended.
     */
    @Transactional
    public ImportAnswer importBudgets(InputStream body, ImportOptions options,
                                      Function<InputStream, BudgetRowReader> readerFactory, String scopePrefix,
                                      String changedBy) {
        String key = options.dryRun() ? null : options.idempotencyKey();
        // Units outside the caller's region do not exist for this push: their rows are UNKNOWN_UNIT, word for word
        // the conflict of a code nobody registered, so a push cannot probe another district's unit codes.
        MessageDigest digest = sha256();
        // The caller's region is part of what a key's replay must match: another district reusing a key never gets
        // this district's stored answer.
        digest.update(("mode=" + options.mode() + ";format=" + options.format() + ";scope=" + scopePrefix + "\n")
                .getBytes(StandardCharsets.UTF_8));
        DigestInputStream hashed = new DigestInputStream(body, digest);
        try {
            if (key != null) {
                requests.lock(key);
                StoredAnswer first = requests.find(key).orElse(null);
                if (first != null) {
                    hashed.transferTo(java.io.OutputStream.nullOutputStream());
                    if (!first.requestHash().equals(HexFormat.of().formatHex(digest.digest()))) {
                        throw new ProblemException(UNPROCESSABLE, "idempotency-key-reused",
                                "Idempotency-Key already used for a different push",
                                "Idempotency-Key " + key + " was used for a push with another body or other options; "
                                        + "use a new key for a new push",
                                List.of(new org.jixiao.commons.problem.Problem.FieldError("Idempotency-Key",
                                        "IDEMPOTENCY_KEY_REUSED", "this key belongs to a different push")));
                    }
                    return new ImportAnswer(first.httpStatus(), first.response(), true);
                }
            }
            boolean atomicWrites = options.mode() == ImportMode.ATOMIC && !options.dryRun();
            if (atomicWrites) {
                requests.savepoint();
            }
            Run run = new Run(options, BudgetJson.audit(changedBy, options.sourceSystem(), key), scopePrefix);
            readAndWrite(run, hashed, readerFactory);
            ImportAnswer answer = run.answer();
            if (answer.status() != 200 && atomicWrites) {
                // audit entries of replaced lists are JPA entities: written now, so that the rollback undoes them too
                entityManager.flush();
                requests.rollbackToSavepoint();
            }
            if (!options.dryRun() && answer.status() == 200) {
                // one entry per push, not per row: the rows' own history is the budget history
                auditTrail.record("IMPORT", "BudgetImport", RequestIds.current() == null ? key : RequestIds.current(),
                        scopePrefix, run.auditSummary(answer.status()));
            }
            if (key != null) {
                requests.save(key, new StoredAnswer(HexFormat.of().formatHex(digest.digest()), answer.status(),
                        answer.body()));
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the push body", e);
        }
    }

    /**
     * Reading and writing overlap: a reader thread reads the rows, looks up their units and stored budgets (on a
     * connection of its own, see {@link BudgetStore#openLookups()}), validates them and prepares each chunk's
     * writes, while this thread, the transaction's, writes the chunks already prepared. At most
     * {@value #PREPARED_CHUNKS} prepared chunks wait, so memory stays bounded by a few chunks. The reader reads the
     * body to its end (the request hash covers all of it). Whatever happens, this thread waits for the reader to
     * stop before it returns: nothing reads the request after the push has answered.
     */
    private void readAndWrite(Run run, InputStream body, Function<InputStream, BudgetRowReader> readerFactory)
            throws IOException {
        BlockingQueue<Prepared> prepared = new ArrayBlockingQueue<>(PREPARED_CHUNKS);
        AtomicBoolean stop = new AtomicBoolean();
        String requestId = RequestIds.current();
        Future<Void> reading = readers.submit(() -> {
            if (requestId != null) {
                MDC.put(RequestIds.MDC_KEY, requestId);
            }
            try (BudgetStore.Lookups lookups = store.openLookups()) {
                run.read(readerFactory.apply(body), lookups, writes -> hand(prepared, writes, stop));
                body.transferTo(OutputStream.nullOutputStream());
                return null;
            } catch (Stopped writingFailed) {
                return null;
            } finally {
                hand(prepared, END, stop);
                MDC.remove(RequestIds.MDC_KEY);
            }
        });
        try {
            Prepared chunk;
            while ((chunk = prepared.take()) != END) {
                store.write(chunk.writes(), run.audit);
                for (DetailsWrite list : chunk.details()) {
                    run.listsWritten(list);
                }
            }
            reading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("reading the push failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopReading(reading, prepared, stop);
            throw new IllegalStateException("interrupted while writing a push", e);
        } catch (RuntimeException | Error e) {
            stopReading(reading, prepared, stop);
            throw e;
        }
    }

    /** Hands {@code writes} to the writing thread; throws {@link Stopped} when that has given up. */
    private static void hand(BlockingQueue<Prepared> prepared, Prepared writes, AtomicBoolean stop) {
        try {
            while (!stop.get()) {
                if (prepared.offer(writes, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writes != END) {
            throw new Stopped();
        }
    }

    /** After a failed write: tells the reader to stop at its next chunk and waits for it. */
    private static void stopReading(Future<Void> reading, BlockingQueue<Prepared> prepared,
            AtomicBoolean stop) {
        stop.set(true);
        prepared.clear();
        try {
            reading.get(1, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException readingFailedToo) {
            // the write's failure is the answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The reader stops: the writing thread failed and nothing more will be written. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    @PreDestroy
    void stopReaders() {
        readers.shutdownNow();
    }

    /** The state of one push: built up by the reader thread, read by the transaction's after the reader ended. */
    private final class Run {
        private final ImportOptions options;
        private final Audit audit;
        private final BudgetRowValidator validator;
        private final String scopePrefix;
        private Set<String> knownUnits = Set.of();
        private final List<RowConflictDto> listed = new ArrayList<>();
        private boolean truncated;
        private long total;
        private long imported;
        private long updated;
        private long unchanged;
        private long conflictRows;
        private long validRows;
        /** Rows whose figures were unchanged but whose lists changed: counted as updated. Transaction thread only. */
        private long listsOnlyUpdated;

        Run(ImportOptions options, Audit audit, String scopePrefix) {
            this.options = options;
            this.audit = audit;
            this.scopePrefix = scopePrefix;
            this.validator = new BudgetRowValidator(code -> knownUnits.contains(code), BudgetDtos.MIN_YEAR,
                    BudgetDtos.MAX_YEAR);
        }

        /** Reads all rows, chunk by chunk; each chunk's writes go to {@code writes} (none for a dry run). */
        void read(BudgetRowReader reader, BudgetStore.Lookups lookups, Consumer<Prepared> writes)
                throws IOException {
            List<RawRow> chunk = new ArrayList<>(CHUNK);
            RawRow raw;
            while ((raw = reader.next()) != null) {
                chunk.add(raw);
                if (chunk.size() == CHUNK) {
                    process(chunk, lookups, writes);
                    chunk.clear();
                }
            }
            process(chunk, lookups, writes);
        }

        private void process(List<RawRow> chunk, BudgetStore.Lookups lookups, Consumer<Prepared> sink) {
            if (chunk.isEmpty()) {
                return;
            }
            Set<String> codes = new HashSet<>();
            for (RawRow raw : chunk) {
                if (raw.row() != null && raw.row().unitCode() != null && !raw.row().unitCode().isBlank()) {
                    codes.add(raw.row().unitCode().strip());
                }
            }
            knownUnits = scopePrefix == null ? Set.of() : lookups.existingUnits(codes, scopePrefix);
            List<ParsedBudgetRow> valid = new ArrayList<>(chunk.size());
            // the lists of valid rows that carried some; null while none did (the usual push)
            Map<ParsedBudgetRow, PushedLists> lists = null;
            for (RawRow raw : chunk) {
                total++;
                List<RowConflict> rowConflicts = new ArrayList<>(raw.readConflicts());
                if (raw.row() != null) {
                    Set<String> unreadable = new HashSet<>();
                    raw.readConflicts().forEach(c -> unreadable.add(c.field()));
                    ParsedBudgetRow parsed = validator.check(raw.row(), c -> {
                        if (!unreadable.contains(c.field())) {
                            rowConflicts.add(c);
                        }
                    }).orElse(null);
                    PushedLists pushed = raw.details() == null ? null : PushedDetails.validate(raw.rowNumber(),
                            raw.details(), raw.row().amountUnit(), parsed == null ? null : parsed.figures(), c -> {
                                if (!unreadable.contains(c.field()) && !reported(rowConflicts, c)) {
                                    rowConflicts.add(c);
                                }
                            });
                    if (parsed != null && rowConflicts.isEmpty()) {
                        valid.add(parsed);
                        if (pushed != null) {
                            if (lists == null) {
                                lists = new IdentityHashMap<>();
                            }
                            lists.put(parsed, pushed);
                        }
                    }
                }
                if (!rowConflicts.isEmpty()) {
                    conflictRows++;
                    for (RowConflict c : rowConflicts) {
                        if (listed.size() < MAX_LISTED_CONFLICTS) {
                            listed.add(RowConflictDto.of(c));
                        } else {
                            truncated = true;
                        }
                    }
                }
            }
            validRows += valid.size();
            if (options.mode() == ImportMode.ATOMIC && conflictRows > 0) {
                return; // nothing of an atomic push that has failed will be kept: stop writing, keep validating
            }
            List<UnitYear> keys = new ArrayList<>(valid.size());
            for (ParsedBudgetRow row : valid) {
                keys.add(new UnitYear(row.unitCode(), row.fiscalYear()));
            }
            Map<UnitYear, StoredBudget> existing = lookups.findAll(keys);
            List<BudgetWrite> writes = new ArrayList<>(valid.size());
            List<DetailsWrite> detailWrites = lists == null ? List.of() : new ArrayList<>(lists.size());
            for (ParsedBudgetRow row : valid) {
                BudgetContent content = BudgetContent.of(row);
                StoredBudget before = existing.get(new UnitYear(row.unitCode(), row.fiscalYear()));
                PushedLists rowLists = lists == null ? null : lists.get(row);
                if (before != null && before.content().equals(content)) {
                    unchanged++;
                    if (rowLists != null && !options.dryRun()) {
                        detailWrites.add(new DetailsWrite(row.unitCode(), row.fiscalYear(), rowLists, false));
                    }
                    continue;
                }
                if (before == null) {
                    imported++;
                } else {
                    updated++;
                }
                if (!options.dryRun()) {
                    writes.add(json.write(before, row.unitCode(), row.fiscalYear(), content, audit));
                    if (rowLists != null) {
                        detailWrites.add(new DetailsWrite(row.unitCode(), row.fiscalYear(), rowLists, true));
                    }
                }
            }
            if (!writes.isEmpty() || !detailWrites.isEmpty()) {
                sink.accept(new Prepared(writes, detailWrites));
            }
        }

        /** The lists' problem with the row's amountUnit (MISSING_UNIT) was already reported for the row itself. */
        private static boolean reported(List<RowConflict> conflicts, RowConflict conflict) {
            if (!"amountUnit".equals(conflict.field())) {
                return false;
            }
            for (RowConflict c : conflicts) {
                if (c.field().equals(conflict.field()) && c.code().equals(conflict.code())) {
                    return true;
                }
            }
            return false;
        }

        /** On the transaction's thread, after the chunk's budgets were written: replaces the row's lists. */
        void listsWritten(DetailsWrite write) {
            UnitEntity unit = entityManager.find(UnitEntity.class, write.unitCode());
            boolean changed = details.replacePushed(write.unitCode(), write.fiscalYear(),
                    unit == null ? null : unit.regionCode, write.lists(), write.eventSent());
            if (changed && !write.eventSent()) {
                listsOnlyUpdated++;
            }
        }

        String auditSummary(int status) {
            return "status " + status + ", " + options.format() + " " + options.mode() + ", rows " + total
                    + ", imported " + imported + ", updated " + updated + ", unchanged " + unchanged + ", conflicts "
                    + conflictRows + (options.sourceSystem() == null ? "" : ", source " + options.sourceSystem())
                    + (options.idempotencyKey() == null ? "" : ", key " + options.idempotencyKey());
        }

        ImportAnswer answer() {
            boolean atomicFailure = options.mode() == ImportMode.ATOMIC && conflictRows > 0;
            boolean nothingValid = conflictRows > 0 && validRows == 0;
            ImportCount count = atomicFailure
                    ? new ImportCount(0, 0, validRows, conflictRows)
                    : new ImportCount(imported, updated + listsOnlyUpdated, unchanged - listsOnlyUpdated,
                            conflictRows);
            String requestId = RequestIds.current();
            ImportSummary summary;
            int status;
            if (atomicFailure || nothingValid) {
                status = UNPROCESSABLE;
                String detail = conflictRows + " of " + total + " rows refused; "
                        + (options.dryRun() ? "dry run, nothing would be applied" : "nothing was applied");
                summary = new ImportSummary(PROBLEM_TYPE + "import-conflicts", "Rows refused", status, detail,
                        options.instance(), requestId, ImportStatus.ERROR, options.mode(), options.dryRun(),
                        options.idempotencyKey(), total, count, listed, truncated);
            } else {
                status = 200;
                summary = new ImportSummary(null, null, null, null, null, requestId,
                        conflictRows > 0 ? ImportStatus.WARNING : ImportStatus.SUCCESS, options.mode(),
                        options.dryRun(), options.idempotencyKey(), total, count, listed, truncated);
            }
            return new ImportAnswer(status, json.write(summary), false);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
