package org.jixiao.commons.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Records integration events inside the caller's transaction, so an event exists exactly when its change does. */
@ApplicationScoped
public class Outbox {
    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(String topic, String eventType, String key, String subject, Object data) {
        OutboxMessage message = new OutboxMessage();
        message.id = UUID.randomUUID();
        message.topic = topic;
        message.eventType = eventType;
        message.messageKey = key;
        message.subject = subject;
        message.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            message.payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not serialisable: " + data.getClass(), e);
        }
        message.persist();
        return message.id;
    }
}
