package org.jixiao.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.jixiao.testsupport.ServiceTestResources;

/** Registers the real test database and in-JVM Kafka broker for every {@code @QuarkusTest} of this module. */
@QuarkusTestResource(value = ServiceTestResources.class,
        initArgs = @ResourceArg(name = "database", value = "jixiao_report_test"))
public class ReportTestResources {
}

@QuarkusTestResource(DownstreamServices.class)
class ReportDownstreamResources {
}
