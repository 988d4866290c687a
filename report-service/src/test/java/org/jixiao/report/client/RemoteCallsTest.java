package org.jixiao.report.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

class RemoteCallsTest {
    private final RemoteCalls remote = new RemoteCalls(3, Duration.ofMillis(1), 2, Duration.ofMillis(200));

    @Test
    void retriesUntilTheServiceAnswers() {
        AtomicInteger calls = new AtomicInteger();
        Optional<String> answer = remote.get("scoring", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new ProcessingException("connection refused");
            }
            return "ok";
        });
        assertEquals(Optional.of("ok"), answer);
        assertEquals(3, calls.get());
    }

    @Test
    void failsWith503AfterTheLastAttemptAndThenFailsFastWhileOpen() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            ProblemException e = assertThrows(ProblemException.class, () -> remote.get("budget", () -> {
                calls.incrementAndGet();
                throw new ProcessingException("read timed out");
            }));
            assertEquals(503, e.status());
        }
        assertEquals(6, calls.get());
        ProblemException open = assertThrows(ProblemException.class, () -> remote.get("budget", () -> "never called"));
        assertTrue(open.getMessage().contains("circuit open"), open.getMessage());
        assertEquals(6, calls.get(), "an open breaker calls nobody");

        Thread.sleep(250);
        assertEquals(Optional.of("back"), remote.get("budget", () -> "back"), "a trial call closes the breaker");
        assertEquals(Optional.of("again"), remote.get("budget", () -> "again"));
    }

    @Test
    void aMissingResourceIsEmptyAndOtherRejectionsAreNotRetried() {
        assertEquals(Optional.empty(), remote.get("scoring", () -> {
            throw new jakarta.ws.rs.NotFoundException();
        }));
        AtomicInteger calls = new AtomicInteger();
        ProblemException e = assertThrows(ProblemException.class, () -> remote.get("scoring", () -> {
            calls.incrementAndGet();
            throw new jakarta.ws.rs.BadRequestException();
        }));
        assertEquals(502, e.status());
        assertEquals(1, calls.get());
    }
}
