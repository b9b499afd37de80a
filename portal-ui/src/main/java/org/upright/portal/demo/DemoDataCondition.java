package org.upright.portal.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.upright.portal.database.ExternalDatabaseCondition;

/**
 * Demo accounts and history are created when {@code upright.demo-data} is true, or when it is
 * unset and the embedded database is in use. An external database never gets them unasked.
 */
final class DemoDataCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String setting = context.getEnvironment().getProperty("upright.demo-data", "auto");
        if (setting.equalsIgnoreCase("auto")) {
            return !ExternalDatabaseCondition.isExternal(context.getEnvironment());
        }
        return Boolean.parseBoolean(setting);
    }
}
