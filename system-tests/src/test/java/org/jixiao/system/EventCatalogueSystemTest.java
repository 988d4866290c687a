package org.jixiao.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jixiao.events.AsyncApiDocument;
import org.jixiao.events.Topics;
import org.jixiao.testsupport.KafkaBroker;
import org.junit.jupiter.api.Test;

/**
 * The event catalogue (asyncapi.yaml, served by the gateway) against the real records: every record the services
 * published while the seed demo ran, on every topic, has the documented key, CloudEvents headers and payload.
 */
class EventCatalogueSystemTest {

    @Test
    void everyRecordTheDemoPublishedMatchesTheCatalogue() {
        SharedSuite.get();
        AsyncApiDocument catalogue = AsyncApiDocument.load();
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "event-catalogue-check-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<String> violations = new ArrayList<>();
        Map<String, Integer> counted = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(Topics.ALL);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int idlePolls = 0;
            while (System.nanoTime() < deadline && idlePolls < 3) {
                var records = consumer.poll(Duration.ofSeconds(2));
                idlePolls = records.isEmpty() && !counted.isEmpty() ? idlePolls + 1 : 0;
                for (ConsumerRecord<String, String> record : records) {
                    counted.merge(record.topic(), 1, Integer::sum);
                    violations.addAll(catalogue.recordViolations(record.topic(), record.key(), headers(record),
                            record.value()));
                }
            }
        }
        Set<String> expected = new HashSet<>(List.of(Topics.BUDGET_UPDATED, Topics.FRAMEWORK_PUBLISHED,
                Topics.EVALUATION_FINALIZED, Topics.REPORT_GENERATED));
        assertTrue(counted.keySet().containsAll(expected), "the demo published on " + counted);
        assertTrue(counted.get(Topics.EVALUATION_FINALIZED) >= SharedSuite.get().cases().size(),
                "one finalized event per seed at least: " + counted);
        assertEquals(List.of(), violations);
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
