package org.jixiao.testsupport;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.Uuid;
import org.jixiao.events.Topics;

/**
 * The standalone broker of the local stack: the same KRaft broker the tests use, on a fixed port, keeping its
 * data (and cluster id) in a folder so a restart keeps undelivered events.
 * Usage: {@code LocalKafkaBroker --port 9092 --dir .run/kafka}.
 */
public final class LocalKafkaBroker {
    private LocalKafkaBroker() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = 9092;
        Path dir = Path.of(".run/kafka");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(dir);
        Path clusterIdFile = dir.resolve("cluster.id");
        if (!Files.exists(clusterIdFile)) {
            Files.writeString(clusterIdFile, Uuid.randomUuid().toString(), StandardCharsets.UTF_8);
        }
        String logDir = dir.resolve("logs").toAbsolutePath().toString();
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withNodeId(0)
                .withKafkaHost("127.0.0.1")
                .withKafkaPort(port)
                .withControllerPort(port + 1)
                .withClusterId(Files.readString(clusterIdFile, StandardCharsets.UTF_8).trim())
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(p -> p.put("log.dirs", logDir))
                .start();
        String bootstrap = broker.getAdvertisedListeners().replace("PLAINTEXT://", "");
        KafkaBroker.createTopics(bootstrap, Topics.ALL);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }));
        System.out.println("Kafka broker ready on " + bootstrap);
        stopped.await();
    }
}
