package org.jixiao.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
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

    /**
     * Also trusts the test JVM's signing key and, unless a test says otherwise with its own Authorization header,
     * calls as a national finance-admin, so that tests about other things need not carry tokens; the security
     * tests send their own.
     */
    @Override
    public Map<String, String> start() {
        Tokens.sendByDefault(Tokens.of(Tokens.FINANCE_ADMIN, "CN", null));
        Map<String, String> config = new HashMap<>(JwtKeys.quarkusConfig());
        config.put("quarkus.datasource.jdbc.url", TestDatabase.recreate(database));
        config.put("kafka.bootstrap.servers", KafkaBroker.bootstrapServers());
        config.put("jixiao.service-token", Tokens.of(Tokens.VIEWER, "CN", null));
        return config;
    }

    @Override
    public void stop() {
        // the broker lives as long as the JVM; the database stays for post-mortem inspection until the next run
    }
}
