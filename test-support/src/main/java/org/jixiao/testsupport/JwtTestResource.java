package org.jixiao.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Makes a {@code @QuarkusTest} service trust the tokens of {@link Tokens}:
 * {@code @WithTestResource(JwtTestResource.class)} (combine freely with {@link ServiceTestResources}).
 */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return JwtKeys.quarkusConfig();
    }

    @Override
    public void stop() {
        // the keys live as long as the JVM
    }
}
