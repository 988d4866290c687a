package org.jixiao.scoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jixiao.events.BudgetUpdated;
import org.jixiao.scoring.service.EvaluationService;

/** Marks open evaluations stale when their unit-year's budget changes; naturally idempotent. */
@ApplicationScoped
public class BudgetUpdatedListener {
    private static final Logger LOG = Logger.getLogger(BudgetUpdatedListener.class);

    private final EvaluationService evaluations;
    private final ObjectMapper json;

    public BudgetUpdatedListener(EvaluationService evaluations, ObjectMapper json) {
        this.evaluations = evaluations;
        this.json = json;
    }

    @Incoming("budget-updated")
    @Blocking
    public void onBudgetUpdated(String payload) throws Exception {
        BudgetUpdated event = json.readValue(payload, BudgetUpdated.class);
        int stale = evaluations.markStale(event.unitCode(), event.fiscalYear());
        if (stale > 0) {
            LOG.infof("budget of %s/%d changed: %d open evaluation(s) marked stale", event.unitCode(),
                    event.fiscalYear(), stale);
        }
    }
}
