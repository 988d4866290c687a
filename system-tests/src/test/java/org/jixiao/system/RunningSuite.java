package org.jixiao.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.testsupport.JwtKeys;
import org.jixiao.testsupport.KafkaBroker;
import org.jixiao.testsupport.TestDatabase;
import org.jixiao.testsupport.Tokens;

/**
 * The packaged suite as real processes: the five services from their quarkus-app jars, each on a free port with a
 * fresh database, all on the Kafka broker of this JVM. What a user's start command runs, minus the fixed ports.
 */
final class RunningSuite implements AutoCloseable {
    static final List<String> SERVICES = List.of("budget", "indicator", "scoring", "report");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final Path root = Path.of("..").toAbsolutePath().normalize();
    private final Path logs = Path.of("target", "system-logs").toAbsolutePath();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, String> databaseUrls = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final String kafka = KafkaBroker.bootstrapServers();

    RunningSuite() throws IOException {
        Files.createDirectories(logs);
        for (String service : SERVICES) {
            ports.put(service, freePort());
            databaseUrls.put(service, TestDatabase.recreate("jixiao_system_" + service));
        }
        ports.put("gateway", freePort());
    }

    RunningSuite startAll() {
        SERVICES.forEach(this::start);
        start("gateway");
        ports.keySet().forEach(this::awaitReady);
        return this;
    }

    String gatewayUrl() {
        return url("gateway");
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    void start(String service) {
        String module = service.equals("gateway") ? "gateway" : service + "-service";
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package)");
        }
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx384m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service)));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        env.put("JWT_PUBLIC_KEY_LOCATION", JwtKeys.publicKeyFile().toAbsolutePath().toString());
        env.put("JWT_ISSUER", JwtKeys.ISSUER);
        env.put("JIXIAO_SERVICE_TOKEN", Tokens.of(Tokens.VIEWER, "CN", null));
        env.put("DB_HOST", TestDatabase.host().split(":")[0]);
        env.put("DB_PORT", TestDatabase.host().split(":")[1]);
        if (!service.equals("gateway")) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", databaseUrls.get(service));
        }
        for (String other : SERVICES) {
            env.put(other.toUpperCase() + "_URL", url(other));
        }
        try {
            processes.put(service, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stop(String service) {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void awaitReady(String service) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Process process = processes.get(service);
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(service + " exited with " + process.exitValue() + "; see "
                        + logs.resolve(service + ".log"));
            }
            if (status(url(service) + "/q/health/ready") == 200) {
                return;
            }
            sleep(300);
        }
        throw new IllegalStateException(service + " not ready within " + READY_TIMEOUT + "; see "
                + logs.resolve(service + ".log"));
    }

    @Override
    public void close() {
        List.copyOf(processes.keySet()).forEach(this::stop);
    }

    private static int status(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
