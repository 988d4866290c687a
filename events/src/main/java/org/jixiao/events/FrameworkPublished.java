package org.jixiao.events;

import java.util.UUID;

/** Data of {@link EventTypes#FRAMEWORK_PUBLISHED}: a framework version became immutable; key = framework code. */
public record FrameworkPublished(UUID frameworkId, String code, int version, String name, int leafCount) {
}
