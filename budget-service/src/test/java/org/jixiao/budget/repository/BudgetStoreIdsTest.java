package org.jixiao.budget.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BudgetStoreIdsTest {

    @Test
    void outboxIdsAreVersion7WithTheMillisecondFirst() throws InterruptedException {
        long before = System.currentTimeMillis();
        UUID id = BudgetStore.timeOrderedId();
        long after = System.currentTimeMillis();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        long millis = id.getMostSignificantBits() >>> 16;
        assertTrue(millis >= before && millis <= after, id.toString());

        Thread.sleep(2);
        assertTrue(BudgetStore.timeOrderedId().compareTo(id) > 0, "a later millisecond sorts after");
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(BudgetStore.timeOrderedId());
        }
        assertEquals(100_000, ids.size());
    }
}
