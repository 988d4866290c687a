package org.jixiao.commons.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows to Kafka as CloudEvents (binary mode, key = the row's key) and marks them sent.
 * At-least-once: a row is marked only after the broker acknowledged it, so consumers must be idempotent.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final EntityManager entityManager;
    private final OutboxConfig config;

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, EntityManager entityManager, OutboxConfig config) {
        this.emitter = emitter;
        this.entityManager = entityManager;
        this.config = config;
    }

    @Scheduled(every = "${jixiao.outbox.interval:1s}", delayed = "${jixiao.outbox.initial-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPending() {
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
        } while (sent == config.batchSize());
    }

    /** Sends one batch; rows locked with SKIP LOCKED so that two instances never send the same row concurrently. */
    int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxMessage> pending = entityManager.createNativeQuery(
                "select * from outbox_message where published_at is null order by created_at limit :n for update skip locked",
                OutboxMessage.class).setParameter("n", config.batchSize()).getResultList();
        int sent = 0;
        for (OutboxMessage row : pending) {
            try {
                emitter.sendMessage(toMessage(row)).await().atMost(config.sendTimeout());
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

    private Message<String> toMessage(OutboxMessage row) {
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(row.id.toString())
                .withType(row.eventType)
                .withSource(URI.create(config.source()))
                .withSubject(row.subject)
                .withTimestamp(row.createdAt.toZonedDateTime())
                .withDataContentType("application/json")
                .build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.messageKey)
                .build();
        return Message.of(row.payload).addMetadata(cloudEvent).addMetadata(kafka);
    }
}
