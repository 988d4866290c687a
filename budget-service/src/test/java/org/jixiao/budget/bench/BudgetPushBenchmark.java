package org.jixiao.budget.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;
import org.jixiao.events.EventTypes;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Issue 3's benchmark, not a timed test: pushes budget lines in one {@code POST /api/v1/imports/budgets} request
 * each (ATOMIC, every row new) and prints, per push, the wall time and the heap the JVM needed. Runs only with
 * {@code BUDGET_BENCHMARK=1} (and its name does not end in Test, so normal builds never pick it up); see
 * docs/benchmarks.md for the command.
 *
 * <ul>
 * <li>The body is generated while it is sent ({@link HttpRequest.BodyPublishers#ofInputStream}): the client holds
 * one row at a time, so whatever heap the JVM needs is the service's.</li>
 * <li>Heap: before each push a full GC gives the baseline; a listener on the collectors records the heap in use
 * right after every GC during the push. With {@code BUDGET_BENCHMARK_LIVE_HEAP=1} a sampler also forces a full GC
 * every 200 ms during the push and records the live heap; "flat" = that does not grow with the row count.</li>
 * <li>Row counts come from {@code BUDGET_BENCHMARK_ROWS} (default {@value #DEFAULT_ROWS}); {@value #WARM_UP_PUSHES}
 * warm-up pushes of {@value #WARM_UP_ROWS} rows go first (reported too). Every push uses units of its own
 * (inserted with SQL, not timed), 100 fiscal years each (2001–2100).</li>
 * <li>Besides wall time, the CPU time of this JVM (service, client, GC, JIT) and of the PostgreSQL backends serving
 * the test database is printed: on a machine shared with other builds those say where the work is.</li>
 * <li>The outbox relay is switched off (profile below): it would publish the rows of one push to the in-JVM
 * broker while the next is measured. The push still writes every outbox row; the benchmark counts them.</li>
 * </ul>
 * Results are printed (lines starting with BENCHMARK) and appended to target/benchmarks/budget-push.txt.
 */
@QuarkusTest
@TestProfile(BudgetPushBenchmark.RelayOff.class)
@EnabledIfEnvironmentVariable(named = "BUDGET_BENCHMARK", matches = "1")
class BudgetPushBenchmark {
    static final String DEFAULT_ROWS = "10000,50000,100000,100000,100000";
    static final int WARM_UP_ROWS = 50_000;
    static final int WARM_UP_PUSHES = 3;
    /** BUDGET_BENCHMARK_LIVE_HEAP=1: measure the live heap (forced full GCs during each push; times not comparable). */
    static final boolean LIVE_HEAP = "1".equals(System.getenv("BUDGET_BENCHMARK_LIVE_HEAP"));
    private static final int YEARS = 100;
    private static final String PUSH = "/api/v1/imports/budgets";

    public static class RelayOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jixiao.outbox.interval", "off");
        }
    }

    @Inject
    DataSource db;

    // HTTP/1.1 as a district system sends it (java.net.http would otherwise upgrade to h2c with small windows)
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = Tokens.of(Tokens.FINANCE_ADMIN, "CN", null);

    @Test
    void pushBudgetLines() throws Exception {
        String env = System.getenv("BUDGET_BENCHMARK_ROWS");
        int[] sizes = Arrays.stream((env == null || env.isBlank() ? DEFAULT_ROWS : env).split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        List<String> lines = new ArrayList<>();
        long maxHeap = Runtime.getRuntime().maxMemory() >> 20;
        lines.add(String.format("BENCHMARK %s, %d CPUs, Java %s, -Xmx %d MB, GC %s", OffsetDateTime.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), maxHeap,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList()));
        System.out.println(lines.get(0));

        // the service's code runs compiled in production; the first pushes of a fresh JVM mostly measure the JIT
        for (int i = 0; i < WARM_UP_PUSHES; i++) {
            String warmUp = push("W" + i, WARM_UP_ROWS, "false");
            System.out.println(warmUp.replace("BENCHMARK", "BENCHMARK warm-up"));
            lines.add(warmUp.replace("BENCHMARK", "BENCHMARK warm-up"));
        }
        for (int i = 0; i < sizes.length; i++) {
            String line = push("R" + i, sizes[i], "false");
            System.out.println(line);
            lines.add(line);
        }
        // read, validate and look up only, over units that now exist: what writing costs is the difference
        String dry = push("R" + (sizes.length - 1), sizes[sizes.length - 1], "true");
        System.out.println(dry);
        lines.add(dry);

        assertEquals(0, count("select count(*) from outbox_message where published_at is not null"),
                "the relay is off: nothing was published while measuring");

        Path out = Path.of("target", "benchmarks", "budget-push.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", lines) + "\n\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    /** One push of {@code rows} rows for units {@code <tag><run>…}; returns the BENCHMARK line. */
    private String push(String tag, int rows, String dryRun) throws Exception {
        String prefix = "BX" + tag + "-" + ProcessHandle.current().pid() % 100000 + "-";
        int units = (rows + YEARS - 1) / YEARS;
        if (dryRun.equals("false")) {
            insertUnits(prefix, units);
        }
        HeapWatch heap = new HeapWatch(LIVE_HEAP);
        String loadBefore = loadAverage();
        heap.start();
        Map<Long, Long> databaseCpuBefore = databaseCpuTicks();
        Map<String, Long> threadsBefore = threadCpu();
        long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long gcBefore = gcMillis();
        long jvmCpuBefore = jvmCpuNanos();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + PUSH + "?dryRun=" + dryRun))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedRows(prefix, rows))).build(),
                HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long jvmCpu = (jvmCpuNanos() - jvmCpuBefore) / 1_000_000;
        String threads = threadBreakdown(threadsBefore, threadCpu(), jvmCpu) + "; JIT "
                + (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore) + " ms, GC "
                + (gcMillis() - gcBefore) + " ms";
        long databaseCpu = cpuMillis(databaseCpuBefore, databaseCpuTicks());
        heap.stop();
        String loadAfter = loadAverage();
        assertEquals(200, response.statusCode(), response.body());
        if (dryRun.equals("false")) {
            assertTrue(response.body().contains("\"imported\":" + rows + ","), response.body());
            long[] written = written(prefix);
            assertEquals(rows, written[0], "budgets");
            assertEquals(rows, written[1], "history entries");
            assertEquals(rows, written[2], "budget.updated outbox rows");
        } else {
            assertTrue(response.body().contains("\"ignored\":" + rows + ","), response.body());
        }
        return String.format("BENCHMARK rows=%d dryRun=%s: %d ms (CPU: JVM %d ms [%s], PostgreSQL backends %d ms); "
                        + "%s; -Xmx %d MB; load average %s -> %s",
                rows, dryRun, millis, jvmCpu, threads, databaseCpu, heap.describe(),
                Runtime.getRuntime().maxMemory() >> 20, loadBefore, loadAfter);
    }

    private void insertUnits(String prefix, int units) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into unit (code, name, type, region_code) select ? || lpad(g::text, 5, '0'), '基准单位', "
                        + "'SUB_DISTRICT_OFFICE', '620203001' from generate_series(0, ? - 1) g")) {
            insert.setString(1, prefix);
            insert.setInt(2, units);
            insert.executeUpdate();
        }
    }

    private long[] written(String prefix) throws SQLException {
        String like = prefix + "%"; // letters, digits and '-': nothing LIKE would read as a wildcard
        long[] counts = new long[3];
        String[] sql = {"select count(*) from budget where unit_code like ?",
                "select count(*) from budget_history where unit_code like ?",
                "select count(*) from outbox_message where event_type = '" + EventTypes.BUDGET_UPDATED
                        + "' and message_key like ?"};
        try (Connection c = db.getConnection()) {
            for (int i = 0; i < sql.length; i++) {
                try (PreparedStatement select = c.prepareStatement(sql[i])) {
                    select.setString(1, like);
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        counts[i] = rs.getLong(1);
                    }
                }
            }
        }
        return counts;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement select = c.prepareStatement(sql);
                ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> b.getCollectionTime()).sum();
    }

    /** CPU time of the JVM's Java threads by name (digits dropped, so a pool's threads add up). */
    private static Map<String, Long> threadCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new java.util.HashMap<>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    byName.merge(info.getThreadName().replaceAll("\\d+", "#"), cpu, Long::sum);
                }
            }
        }
        return byName;
    }

    /** The threads that used most CPU during the push, and the rest of the JVM (GC, JIT, threads that ended). */
    private static String threadBreakdown(Map<String, Long> before, Map<String, Long> after, long jvmCpuMillis) {
        Map<String, Long> used = new java.util.HashMap<>();
        after.forEach((name, cpu) -> used.put(name, cpu - before.getOrDefault(name, 0L)));
        long javaThreads = used.values().stream().mapToLong(Long::longValue).sum() / 1_000_000;
        List<String> top = used.entrySet().stream().filter(e -> e.getValue() >= 50_000_000L)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .map(e -> e.getKey() + " " + e.getValue() / 1_000_000).collect(java.util.stream.Collectors.toList());
        top.add("GC/JIT/other " + Math.max(0, jvmCpuMillis - javaThreads));
        return String.join(", ", top);
    }

    /** CPU time of this whole JVM (service, client, GC): on a loaded machine a steadier measure than wall time. */
    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * User + system clock ticks of the PostgreSQL backends serving this JVM's test database, by pid, from /proc
     * (Linux, same machine; empty elsewhere). Backends show the database in their process title.
     */
    private Map<Long, Long> databaseCpuTicks() {
        Map<Long, Long> ticks = new java.util.HashMap<>();
        String database;
        try (Connection c = db.getConnection()) {
            database = c.getCatalog();
        } catch (SQLException e) {
            return ticks;
        }
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String title = Files.readString(process.resolve("cmdline"));
                    if (!title.startsWith("postgres: ") || !title.contains(" " + database + " ")) {
                        continue;
                    }
                    String stat = Files.readString(process.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // fields[11] and [12] are utime and stime (fields 14 and 15 of proc(5))
                    ticks.put(Long.parseLong(process.getFileName().toString()),
                            Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    private static long cpuMillis(Map<Long, Long> before, Map<Long, Long> after) {
        long ticks = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            ticks += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * The JSON body, made row by row as it is read: {@code rows} rows, unit {@code prefix + n} for n = row / 100,
     * fiscal year 2001 + row % 100, with initial, adjusted and actual figures, the basic/project split and two fund
     * sources in 万元.
     */
    static final class GeneratedRows extends InputStream {
        private final String prefix;
        private final int rows;
        private int next;
        private byte[] chunk = "[".getBytes(StandardCharsets.US_ASCII);
        private int position;
        private boolean closed;

        GeneratedRows(String prefix, int rows) {
            this.prefix = prefix;
            this.rows = rows;
        }

        private boolean fill() {
            if (position < chunk.length) {
                return true;
            }
            if (closed) {
                return false;
            }
            StringBuilder text = new StringBuilder(4096);
            while (text.length() < 4000 && next < rows) {
                int unit = next / YEARS;
                int year = 2001 + next % YEARS;
                String number = Integer.toString(unit);
                text.append(next == 0 ? "" : ",").append("{\"unitCode\":\"").append(prefix)
                        .append("00000", number.length(), 5).append(number).append("\",\"fiscalYear\":").append(year)
                        .append(",\"amountUnit\":\"TEN_THOUSAND_YUAN\",\"initialBudget\":\"552.45\",")
                        .append("\"adjustedBudget\":\"667.92\",\"actualExpenditure\":\"667.92\",")
                        .append("\"basicExpenditure\":\"600\",\"projectExpenditure\":\"67.92\",")
                        .append("\"fundSourceExpenditure\":{\"GENERAL_APPROPRIATION\":\"667.92\",")
                        .append("\"UNIT_OWN\":\"326.15\"}}");
                next++;
            }
            if (next == rows) {
                text.append(']');
                closed = true;
            }
            chunk = text.toString().getBytes(StandardCharsets.UTF_8);
            position = 0;
            return chunk.length > 0;
        }

        @Override
        public int read() {
            return fill() ? chunk[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - position);
            System.arraycopy(chunk, position, b, off, n);
            position += n;
            return n;
        }
    }

    /**
     * Heap during one push. Always: the heap in use right after each GC (a listener on the collectors), which is
     * what the push retains plus garbage already promoted and not yet collected. With {@code live}: a sampler thread
     * also forces a full GC every {@value #LIVE_SAMPLE_MILLIS} ms and reads the heap in use right after it, the
     * live data at that moment; that slows the push, so those runs measure heap, not time.
     */
    static final class HeapWatch {
        static final int LIVE_SAMPLE_MILLIS = 200;
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        private final boolean live;
        final AtomicLong maxAfterGc = new AtomicLong();
        final AtomicLong maxLive = new AtomicLong();
        final AtomicLong collections = new AtomicLong();
        long before;
        private volatile boolean sampling;
        private Thread sampler;
        private final NotificationListener listener = (notification, handback) -> {
            if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) notification.getUserData());
            long used = 0;
            for (MemoryPoolMXBean pool : pools) {
                MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                if (after != null) {
                    used += after.getUsed();
                }
            }
            collections.incrementAndGet();
            maxAfterGc.accumulateAndGet(used, Math::max);
        };

        HeapWatch(boolean live) {
            this.live = live;
        }

        void start() throws Exception {
            System.gc();
            Thread.sleep(200); // the notification of this GC is delivered asynchronously: let it pass unseen
            before = used();
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
            }
            if (live) {
                sampling = true;
                sampler = new Thread(() -> {
                    while (sampling) {
                        System.gc();
                        maxLive.accumulateAndGet(used(), Math::max);
                        try {
                            Thread.sleep(LIVE_SAMPLE_MILLIS);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "benchmark-live-heap");
                sampler.start();
            }
        }

        void stop() throws Exception {
            sampling = false;
            if (sampler != null) {
                sampler.join();
            }
            Thread.sleep(200); // notifications of the push's last GCs
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            }
        }

        private long used() {
            return pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        }

        String describe() {
            return String.format("heap before %d MB, max after GC during push %d MB (%d GCs)%s", before >> 20,
                    maxAfterGc.get() >> 20, collections.get(), live ? String.format(
                            ", live (after forced full GCs every %d ms) max %d MB = before + %d MB",
                            LIVE_SAMPLE_MILLIS, maxLive.get() >> 20, (maxLive.get() - before) >> 20) : "");
        }
    }
}
