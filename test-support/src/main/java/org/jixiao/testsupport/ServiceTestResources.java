package org.jixiao.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The real infrastructure of a service under {@code @QuarkusTest}: its own fresh test database and the in-JVM
 * Kafka broker. Use with {@code @QuarkusTestResource(value = ServiceTestResources.class, initArgs =
 * @ResourceArg(name = "database", value = "jixiao_budget_test"))}.
 */
public class ServiceTestResources implements QuarkusTestResourceLifecycleManager {
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "jixiao_test");
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", TestDatabase.recreate(database),
                "kafka.bootstrap.servers", KafkaBroker.bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker lives as long as the JVM; the database stays for post-mortem inspection until the next run
    }
}
