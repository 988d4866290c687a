package org.jixiao.commons.outbox;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Sends one outbox row to Kafka as a CloudEvent (binary mode, key = the row's key) and waits for the broker's ack. */
@ApplicationScoped
public class OutboxPublisher {
    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;

    public OutboxPublisher(@Channel("outbox") MutinyEmitter<String> emitter, OutboxConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    void publish(OutboxMessage row) {
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
        emitter.sendMessage(Message.of(row.payload).addMetadata(cloudEvent).addMetadata(kafka))
                .await().atMost(config.sendTimeout());
    }
}
