package org.jixiao.budget.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.jixiao.testsupport.ServedOpenApiContract;

@QuarkusTest
class OpenApiContractTest extends ServedOpenApiContract {
}
