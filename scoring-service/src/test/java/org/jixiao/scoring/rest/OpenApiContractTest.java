package org.jixiao.scoring.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.jixiao.testsupport.ServedOpenApiContract;

@QuarkusTest
class OpenApiContractTest extends ServedOpenApiContract {
}
