package org.jixiao.report.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jixiao.commons.problem.ProblemException;

/**
 * Resilience for calls to other services, without a fault-tolerance library: the REST client's connect/read
 * timeouts bound each attempt, failed attempts (no answer, 5xx) are retried with exponential back-off, and a
 * per-service circuit breaker fails fast for a while after repeated failures, so a dead dependency costs
 * milliseconds rather than a timeout per call.
 */
@ApplicationScoped
public class RemoteCalls {
    private static final Logger LOG = Logger.getLogger(RemoteCalls.class);

    private final int attempts;
    private final Duration backoff;
    private final int failureThreshold;
    private final Duration openFor;
    private final Map<String, Breaker> breakers = new ConcurrentHashMap<>();

    public RemoteCalls(@ConfigProperty(name = "jixiao.remote.attempts", defaultValue = "3") int attempts,
            @ConfigProperty(name = "jixiao.remote.backoff", defaultValue = "PT0.2S") Duration backoff,
            @ConfigProperty(name = "jixiao.remote.breaker.failure-threshold", defaultValue = "5") int failureThreshold,
            @ConfigProperty(name = "jixiao.remote.breaker.open-for", defaultValue = "PT10S") Duration openFor) {
        this.attempts = Math.max(1, attempts);
        this.backoff = backoff;
        this.failureThreshold = Math.max(1, failureThreshold);
        this.openFor = openFor;
    }

    /**
     * The remote answer, or empty when the remote says 404.
     *
     * @throws ProblemException 503 when the service does not answer after the retries or its breaker is open; 502
     *                          when it rejects the call with another 4xx (a contract mismatch, not worth retrying)
     */
    public <T> Optional<T> get(String service, Supplier<T> call) {
        Breaker breaker = breakers.computeIfAbsent(service, s -> new Breaker());
        if (breaker.isOpen()) {
            throw unavailable(service, "circuit open after " + failureThreshold + " consecutive failures");
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                T value = call.get();
                breaker.succeeded();
                return Optional.ofNullable(value);
            } catch (WebApplicationException e) {
                int status = e.getResponse().getStatus();
                if (status == 404) {
                    breaker.succeeded();
                    return Optional.empty();
                }
                if (status < 500) {
                    breaker.succeeded();
                    throw new ProblemException(502, "bad-gateway", "A service this one needs rejected the call",
                            service + " answered " + status, List.of());
                }
                last = e;
            } catch (ProcessingException e) {
                last = e;
            }
            LOG.debugf("%s attempt %d/%d failed: %s", service, attempt, attempts, last.getMessage());
            if (attempt < attempts) {
                pause(backoff.multipliedBy(1L << (attempt - 1)));
            }
        }
        breaker.failed();
        throw unavailable(service, last.getMessage());
    }

    private static ProblemException unavailable(String service, String reason) {
        return new ProblemException(503, "dependency-unavailable", "A service this one needs is unavailable",
                service + " did not answer: " + reason, List.of());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessingException("interrupted while waiting to retry", e);
        }
    }

    /** Closed → open after {@code failureThreshold} consecutive failed calls; after {@code openFor} one trial call. */
    private final class Breaker {
        private final AtomicInteger consecutiveFailures = new AtomicInteger();
        private final AtomicLong openUntilNanos = new AtomicLong();

        boolean isOpen() {
            long until = openUntilNanos.get();
            if (until == 0) {
                return false;
            }
            // half-open: exactly one caller gets through to try; the others keep failing fast
            return System.nanoTime() < until || !openUntilNanos.compareAndSet(until, System.nanoTime() + openFor.toNanos());
        }

        void succeeded() {
            consecutiveFailures.set(0);
            openUntilNanos.set(0);
        }

        void failed() {
            if (consecutiveFailures.incrementAndGet() >= failureThreshold) {
                openUntilNanos.set(System.nanoTime() + openFor.toNanos());
            }
        }
    }
}
