package org.upright.portal.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when an external PostgreSQL is configured (SPRING_DATASOURCE_URL or spring.datasource.url). */
public final class ExternalDatabaseCondition implements Condition {

    public static boolean isExternal(org.springframework.core.env.Environment env) {
        String url = env.getProperty("spring.datasource.url");
        return url != null && !url.isBlank();
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isExternal(context.getEnvironment());
    }

    /** The opposite: no datasource configured, so the app starts its own embedded PostgreSQL. */
    public static final class Embedded implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isExternal(context.getEnvironment());
        }
    }
}
