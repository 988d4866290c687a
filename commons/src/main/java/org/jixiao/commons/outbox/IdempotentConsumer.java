package org.jixiao.commons.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Remembers which event ids a consumer has handled, in the same transaction as the handling. */
@ApplicationScoped
public class IdempotentConsumer {
    private final EntityManager entityManager;

    public IdempotentConsumer(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True the first time this consumer sees the event id; false on every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String eventId, String consumer) {
        return entityManager.createNativeQuery(
                "insert into processed_event (event_id, consumer) values (:id, :consumer) on conflict do nothing")
                .setParameter("id", eventId).setParameter("consumer", consumer).executeUpdate() == 1;
    }
}
