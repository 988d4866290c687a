package org.jixiao.report.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.events.EvaluationFinalized;
import org.jixiao.report.service.ReportService;

/**
 * Makes the report when an evaluation is finalized. Runs on a worker thread ({@code @Blocking}), never on the
 * event loop, and acknowledges — lets the offset be committed — only after the report is stored. Events that can
 * never make a report (unreadable, unknown or unfinalized evaluation) are logged and skipped; when a dependency is
 * down the event is retried a few times and then nacked to the dead-letter topic.
 */
@ApplicationScoped
public class EvaluationFinalizedListener {
    private static final Logger LOG = Logger.getLogger(EvaluationFinalizedListener.class);

    private final ReportService reports;
    private final ObjectMapper json;
    private final int attempts;
    private final Duration pause;

    public EvaluationFinalizedListener(ReportService reports, ObjectMapper json,
            @ConfigProperty(name = "jixiao.report.event-attempts", defaultValue = "4") int attempts,
            @ConfigProperty(name = "jixiao.report.event-retry-pause", defaultValue = "PT2S") Duration pause) {
        this.reports = reports;
        this.json = json;
        this.attempts = Math.max(1, attempts);
        this.pause = pause;
    }

    @Incoming("evaluation-finalized")
    @Blocking
    public CompletionStage<Void> onEvaluationFinalized(Message<String> message) {
        String eventId = eventId(message);
        EvaluationFinalized event;
        try {
            event = json.readValue(message.getPayload(), EvaluationFinalized.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.errorf("event %s skipped: not an evaluation.finalized payload: %s", eventId, e.getMessage());
            return message.ack();
        }
        if (event.evaluationId() == null) {
            LOG.errorf("event %s skipped: no evaluationId", eventId);
            return message.ack();
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                reports.onFinalized(eventId, event);
                return message.ack();
            } catch (ProblemException e) {
                if (e.status() < 500 || e.status() == 502) {
                    LOG.errorf("event %s skipped: %s", eventId, e.getMessage());
                    return message.ack();
                }
                last = e;
            } catch (RuntimeException e) {
                last = e;
            }
            LOG.warnf("event %s: report not made yet (attempt %d/%d): %s", eventId, attempt, attempts,
                    last.getMessage());
            if (attempt < attempts && !sleep(pause.multipliedBy(attempt))) {
                break;
            }
        }
        return message.nack(last);
    }

    /** The CloudEvent id; for a record that is not a CloudEvent, its position in the topic (equally unique). */
    static String eventId(Message<String> message) {
        return message.getMetadata(IncomingCloudEventMetadata.class)
                .map(IncomingCloudEventMetadata::getId)
                .or(() -> message.getMetadata(IncomingKafkaRecordMetadata.class)
                        .map(k -> k.getTopic() + "/" + k.getPartition() + "/" + k.getOffset()))
                .orElseThrow(() -> new IllegalStateException("a Kafka record without metadata"));
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
