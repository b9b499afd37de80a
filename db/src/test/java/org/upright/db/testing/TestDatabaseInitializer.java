package org.upright.db.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points every Spring Boot test at the shared test database (registered in
 * META-INF/spring.factories of this test-jar), so no test can fall back to the
 * embedded default that the app uses.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection db = TestDatabase.shared();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("upright-test-database", Map.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password())));
    }
}
