package org.upright.portal.operations;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.upright.content.shared.StartupTask;
import org.upright.db.testing.TestDatabase;
import org.upright.portal.testing.HttpBrowser;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a fresh database with demo data: the web server opens only after the starter import and
 * the demo loaders are done, and readiness goes DOWN while the database cannot be reached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"upright.demo-data=true", "spring.datasource.hikari.connection-timeout=1000"})
@ContextConfiguration(initializers = StartupReadinessTest.FreshDatabase.class)
class StartupReadinessTest {

    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    @LocalManagementPort
    int managementPort;

    @Test
    void theWebServerOpensOnlyWhenTheLibraryAndTheDemoDataAreThere() {
        assertThat(EVENTS).hasSizeGreaterThanOrEqualTo(2);
        assertThat(EVENTS.getFirst()).matches("start-up work done: [1-9][0-9]* published articles, demo member: true");
        assertThat(EVENTS.subList(1, EVENTS.size())).allMatch(e -> e.startsWith("web server open"));
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsUnreachable() throws Exception {
        HttpBrowser management = new HttpBrowser(managementPort);
        assertThat(management.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        try {
            admin("alter database " + FreshDatabase.name + " allow_connections false");
            admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + FreshDatabase.name + "'");
            awaitStatus(management, "/actuator/health/readiness", 503);
            assertThat(management.get("/actuator/health/readiness").body()).contains("\"status\":\"DOWN\"");
            // a database outage is not a reason to restart the process
            assertThat(management.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            admin("alter database " + FreshDatabase.name + " allow_connections true");
        }
        awaitStatus(management, "/actuator/health/readiness", 200);
    }

    private static void awaitStatus(HttpBrowser browser, String path, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            last = browser.get(path).statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " answered " + last + ", expected " + status);
    }

    private static void admin(String sql) throws SQLException {
        TestDatabase.Connection shared = TestDatabase.shared();
        try (var c = DriverManager.getConnection(shared.url(), shared.username(), shared.password());
             var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A database of its own (this test switches it off and creates demo data), replacing the shared one. */
    static final class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        static String name;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestDatabase.Connection db = TestDatabase.createFresh();
            name = db.url().substring(db.url().lastIndexOf('/') + 1).replaceAll("\\?.*", "");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fresh-database", Map.of(
                    "spring.datasource.url", db.url(), "spring.datasource.username", db.username(),
                    "spring.datasource.password", db.password())));
        }
    }

    @TestConfiguration
    static class Recorder {

        /** The last start-up task: what a first visitor would find at this moment. */
        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        StartupTask recordWhatIsThere(JdbcClient jdbc) {
            return () -> EVENTS.add("start-up work done: "
                    + jdbc.sql("select count(*) from article where status = 'PUBLISHED'").query(Long.class).single()
                    + " published articles, demo member: "
                    + jdbc.sql("select exists (select 1 from account where username = 'member')").query(Boolean.class).single());
        }

        @Bean
        ApplicationListener<WebServerInitializedEvent> recordWebServer() {
            return event -> EVENTS.add("web server open on " + event.getWebServer().getPort());
        }
    }
}
