package org.jixiao.testsupport;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jixiao.events.Topics;

/** A real KRaft Kafka broker inside the test JVM, started once and shared by every test of the JVM. */
public final class KafkaBroker {
    private static EmbeddedKafkaBroker broker;

    private KafkaBroker() {
    }

    /** Starts the broker on a free port (once) and returns its bootstrap servers. */
    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = new EmbeddedKafkaBroker().withNodeId(0).withKafkaHost("127.0.0.1").start();
            createTopics(broker.getAdvertisedListeners(), Topics.ALL);
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
        }
        return broker.getAdvertisedListeners().replace("PLAINTEXT://", "");
    }

    /** Pre-creates topics: a consumer subscribing to a missing topic otherwise lags ~5 s on its first fetch. */
    static void createTopics(String bootstrapServers, List<String> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<NewTopic> missing = topics.stream().map(t -> new NewTopic(t, 1, (short) 1)).toList();
            admin.createTopics(missing).values().values().forEach(future -> {
                try {
                    future.get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic", e.getCause());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("cannot create topic", e);
                }
            });
        }
    }
}
