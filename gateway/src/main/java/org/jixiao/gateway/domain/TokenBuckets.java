package org.jixiao.gateway.domain;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Per-client token buckets: each client may make {@code burst} requests at once and {@code ratePerSecond} per second
 * sustained. Time is passed in (nanoseconds, any origin, monotonic) so the arithmetic is testable without waiting.
 */
public final class TokenBuckets {

    /** The answer for one request: allowed, or refused with the whole seconds to wait before retrying. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOW = new Decision(true, 0);
    }

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double ratePerNano;
    private final double burst;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(int ratePerSecond, int burst) {
        if (ratePerSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("rate and burst must be positive, got " + ratePerSecond + "/" + burst);
        }
        this.ratePerNano = ratePerSecond / (double) NANOS_PER_SECOND;
        this.burst = burst;
    }

    /** Takes one token from the client's bucket if it has one. */
    public Decision tryAcquire(String client, long nowNanos) {
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, nowNanos));
        synchronized (bucket) {
            bucket.refill(nowNanos, ratePerNano, burst);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Decision.ALLOW;
            }
            double missingNanos = (1 - bucket.tokens) / ratePerNano;
            return new Decision(false, Math.max(1, (long) Math.ceil(missingNanos / NANOS_PER_SECOND)));
        }
    }

    /**
     * Forgets clients whose bucket has refilled completely: they are indistinguishable from new ones, and dropping
     * them keeps memory bounded by the clients active within the last {@code burst / rate} seconds.
     */
    public void evictIdle(long nowNanos) {
        buckets.entrySet().removeIf(entry -> {
            Bucket bucket = entry.getValue();
            synchronized (bucket) {
                bucket.refill(nowNanos, ratePerNano, burst);
                return bucket.tokens >= burst;
            }
        });
    }

    public int size() {
        return buckets.size();
    }

    private static final class Bucket {
        private double tokens;
        private long updatedNanos;

        Bucket(double tokens, long nowNanos) {
            this.tokens = tokens;
            this.updatedNanos = nowNanos;
        }

        void refill(long nowNanos, double ratePerNano, double burst) {
            long elapsed = nowNanos - updatedNanos;
            if (elapsed > 0) {
                tokens = Math.min(burst, tokens + elapsed * ratePerNano);
                updatedNanos = nowNanos;
            }
        }
    }
}
