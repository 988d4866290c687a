package org.jixiao.indicator.config;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Bounds what the JSON reader accepts before any object is built. A framework is at most
 * {@code FrameworkValidator.MAX_DEPTH} levels deep, i.e. about 15 JSON levels with the request wrapper and method
 * parameters; 40 leaves room for a helpful DEPTH_EXCEEDED answer on a slightly too deep tree, while a
 * 2,000- or 10,000-deep {@code children} chain is cut off by the parser at once instead of being materialised.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {
    public static final int MAX_NESTING_DEPTH = 40;
    /** Longer than any field may be (names 200, descriptions 4,000), short enough to stop a runaway string early. */
    public static final int MAX_STRING_LENGTH = 1_500_000;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(100)
                .build());
    }
}
