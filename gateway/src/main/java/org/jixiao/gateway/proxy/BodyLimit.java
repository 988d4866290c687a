package org.jixiao.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Counts a request body of unknown length (chunked) while it streams to the service and cuts it off past the limit:
 * the upstream request is reset, so the service never sees a complete oversized body, and {@link ProblemOnFailure}
 * answers 413. Bodies with a declared length were already judged by BodySizeHandler.
 */
final class BodyLimit implements ProxyInterceptor {

    /** Proxy-context key set when the body went over the limit. */
    static final String EXCEEDED = "jixiao.body-too-large";

    private final long maxBytes;

    BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Body body = context.request().getBody();
        if (body != null && body.length() < 0) {
            context.request().setBody(Body.body(
                    new Limited(body.stream(), maxBytes, () -> context.set(EXCEEDED, Boolean.TRUE)), -1));
        }
        return context.sendRequest();
    }

    static final class TooLarge extends RuntimeException {
        TooLarge(long maxBytes) {
            super("request body over " + maxBytes + " bytes", null, false, false);
        }
    }

    /** A pass-through stream that fails once more than {@code maxBytes} went through it. */
    private static final class Limited implements ReadStream<Buffer> {
        private final ReadStream<Buffer> source;
        private final long maxBytes;
        private final Runnable onExceeded;
        private Handler<Throwable> exceptionHandler;
        private long seen;
        private boolean failed;

        Limited(ReadStream<Buffer> source, long maxBytes, Runnable onExceeded) {
            this.source = source;
            this.maxBytes = maxBytes;
            this.onExceeded = onExceeded;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            exceptionHandler = handler;
            source.exceptionHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            if (handler == null) {
                source.handler(null);
                return this;
            }
            source.handler(chunk -> {
                if (failed) {
                    return;
                }
                seen += chunk.length();
                if (seen > maxBytes) {
                    failed = true;
                    onExceeded.run();
                    if (exceptionHandler != null) {
                        exceptionHandler.handle(new TooLarge(maxBytes));
                    }
                    return;
                }
                handler.handle(chunk);
            });
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            source.pause();
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            source.resume();
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            source.fetch(amount);
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
            source.endHandler(endHandler == null ? null : v -> {
                if (!failed) {
                    endHandler.handle(v);
                }
            });
            return this;
        }
    }
}
