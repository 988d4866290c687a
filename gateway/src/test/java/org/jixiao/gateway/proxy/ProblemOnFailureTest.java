package org.jixiao.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.VertxException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ProblemOnFailureTest {

    @Test
    void timeoutsAnywhereInTheCauseChainMeanGatewayTimeout() {
        assertTrue(ProblemOnFailure.isTimeout(new TimeoutException("idle")));
        assertTrue(ProblemOnFailure.isTimeout(new ConnectTimeoutException("connect")));
        assertTrue(ProblemOnFailure.isTimeout(new VertxException(new TimeoutException("wrapped"))));
    }

    @Test
    void otherFailuresMeanBadGateway() {
        assertFalse(ProblemOnFailure.isTimeout(new ConnectException("Connection refused")));
        assertFalse(ProblemOnFailure.isTimeout(new VertxException("Connection was closed")));
        assertFalse(ProblemOnFailure.isTimeout(new IllegalStateException()));
    }
}
