package org.jixiao.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void admitsTheBurstThenRefusesWithTheSecondsToWait() {
        TokenBuckets buckets = new TokenBuckets(2, 5);
        for (int i = 0; i < 5; i++) {
            assertTrue(buckets.tryAcquire("a", 0).allowed(), "request " + i);
        }
        TokenBuckets.Decision refused = buckets.tryAcquire("a", 0);
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds(), "one token takes half a second at 2/s, rounded up");
        assertTrue(buckets.tryAcquire("a", SECOND / 2).allowed(), "refilled after half a second");
        assertFalse(buckets.tryAcquire("a", SECOND / 2).allowed());
    }

    @Test
    void retryAfterCoversASlowRate() {
        TokenBuckets buckets = new TokenBuckets(1, 1);
        assertTrue(buckets.tryAcquire("a", 0).allowed());
        assertEquals(1, buckets.tryAcquire("a", 0).retryAfterSeconds());
        assertEquals(1, buckets.tryAcquire("a", SECOND / 10).retryAfterSeconds(), "0.9 s rounds up to 1");
    }

    @Test
    void clientsHaveBucketsOfTheirOwn() {
        TokenBuckets buckets = new TokenBuckets(1, 1);
        assertTrue(buckets.tryAcquire("a", 0).allowed());
        assertFalse(buckets.tryAcquire("a", 0).allowed());
        assertTrue(buckets.tryAcquire("b", 0).allowed());
    }

    @Test
    void idleClientsAreForgottenBusyOnesKept() {
        TokenBuckets buckets = new TokenBuckets(10, 10);
        buckets.tryAcquire("idle", 0);
        for (int i = 0; i < 10; i++) {
            buckets.tryAcquire("busy", SECOND);
        }
        buckets.evictIdle(SECOND);
        assertEquals(1, buckets.size());
        assertFalse(buckets.tryAcquire("busy", SECOND).allowed(), "the busy client kept its empty bucket");
    }

    @Test
    void rejectsNonsenseLimits() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(1, 0));
    }

    @Test
    void neverAdmitsMoreThanBurstPlusRateTimesElapsed() {
        Random random = new Random(1);
        for (int trial = 0; trial < 1_000; trial++) {
            int rate = 1 + random.nextInt(100);
            int burst = 1 + random.nextInt(200);
            TokenBuckets buckets = new TokenBuckets(rate, burst);
            long now = 0;
            long admitted = 0;
            for (int request = 0; request < 300; request++) {
                now += (long) (random.nextDouble() * SECOND / rate);
                TokenBuckets.Decision decision = buckets.tryAcquire("c", now);
                if (decision.allowed()) {
                    admitted++;
                } else {
                    assertTrue(decision.retryAfterSeconds() >= 1);
                }
                double bound = burst + (double) rate * now / SECOND;
                assertTrue(admitted <= bound + 1e-9, "admitted " + admitted + " > " + bound);
            }
        }
    }
}
