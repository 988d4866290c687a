package org.jixiao.commons.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows and marks them sent. At-least-once: a row is marked only after the broker
 * acknowledged it, so consumers must be idempotent.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Instance<OutboxPublisher> publisher;
    private final EntityManager entityManager;
    private final OutboxConfig config;

    public OutboxRelay(Instance<OutboxPublisher> publisher, EntityManager entityManager, OutboxConfig config) {
        this.publisher = publisher;
        this.entityManager = entityManager;
        this.config = config;
    }

    @Scheduled(every = "${jixiao.outbox.interval:1s}", delayed = "${jixiao.outbox.initial-delay:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayPending() {
        OutboxPublisher ready = readyPublisher();
        if (ready == null) {
            return;
        }
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(() -> relayBatch(ready));
        } while (sent == config.batchSize());
    }

    /**
     * The publisher, once the messaging channels are wired. Its emitter cannot be injected before that, and the
     * scheduler may fire first on a slow start; the rows simply wait for the next run.
     */
    private OutboxPublisher readyPublisher() {
        try {
            OutboxPublisher ready = publisher.get();
            ready.toString(); // forces the lazy bean to be created now, inside this try
            return ready;
        } catch (RuntimeException notWiredYet) {
            LOG.debugf("outbox relay waits for the messaging channels: %s", notWiredYet.getMessage());
            return null;
        }
    }

    /** Sends one batch; rows locked with SKIP LOCKED so that two instances never send the same row concurrently. */
    int relayBatch(OutboxPublisher ready) {
        @SuppressWarnings("unchecked")
        List<OutboxMessage> pending = entityManager.createNativeQuery(
                "select * from outbox_message where published_at is null order by created_at limit :n for update skip locked",
                OutboxMessage.class).setParameter("n", config.batchSize()).getResultList();
        int sent = 0;
        for (OutboxMessage row : pending) {
            try {
                ready.publish(row);
                row.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
                sent++;
            } catch (RuntimeException e) {
                row.attempts++;
                LOG.warnf("outbox %s (%s) not published yet, attempt %d: %s", row.id, row.eventType, row.attempts,
                        e.getMessage());
                break;
            }
        }
        return sent;
    }
}
