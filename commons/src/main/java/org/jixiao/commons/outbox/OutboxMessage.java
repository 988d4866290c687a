package org.jixiao.commons.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An integration event written in the same transaction as the change it announces; the relay publishes it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String topic;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Column(name = "message_key", nullable = false)
    public String messageKey;
    public String subject;
    @Column(nullable = false, columnDefinition = "text")
    public String payload;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(nullable = false)
    public int attempts;
}
