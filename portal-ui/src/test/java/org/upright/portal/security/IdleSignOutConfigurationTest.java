package org.upright.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.env.Environment;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open tab alone does not keep a session: the session times out after 30 idle minutes and
 * Vaadin closes idle UIs, treating heartbeats as no activity.
 */
@SpringBootTest
class IdleSignOutConfigurationTest {

    @Autowired
    ServerProperties server;
    @Autowired
    Environment environment;

    @Test
    void sessionsEndAfterThirtyIdleMinutesDespiteHeartbeats() {
        Duration timeout = server.getServlet().getSession().getTimeout();
        assertThat(timeout).isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
        int heartbeat = environment.getProperty("vaadin.heartbeatInterval", Integer.class, 300);
        assertThat(Duration.ofSeconds(heartbeat)).isLessThan(timeout);
    }
}
