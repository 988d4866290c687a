package org.jixiao.commons.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.math.BigDecimal;

/**
 * Every decimal (money in 元 or 万元, scores, weights, rates) leaves a service as a plain decimal string ("13581.29",
 * never 1.358129E+4), the same type a client sends: a JSON number would round through a double in most clients and
 * lose the fen. docs/api.md, "Money and decimals".
 */
@Singleton
public class DecimalsAsStrings implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
