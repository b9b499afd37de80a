package org.upright.portal.database;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class DatabaseOutageFilterTest {

    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private final DatabaseAvailability availability = new DatabaseAvailability(dataSource());
    private final DatabaseOutageFilter filter = new DatabaseOutageFilter(availability,
            request -> request.getParameter("v-r") != null);

    @Test
    void aPageLoadWhileTheDatabaseIsDownGets503WithRetryAfterAndTheCalmMessage() throws Exception {
        databaseUp.set(false);
        MockHttpServletResponse response = run(page("/today"), new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("15");
        assertThat(response.getContentAsString()).contains("temporarily unavailable", "Nothing you entered is lost")
                .contains("/upright/unavailable.css").doesNotContain("<script", "style=");
    }

    @Test
    void theOutagePageSpeaksTheBrowsersLanguage() throws Exception {
        databaseUp.set(false);
        MockHttpServletRequest german = page("/today");
        german.addHeader("Accept-Language", "fr-CH, de;q=0.8, en;q=0.5");
        String page = run(german, new MockFilterChain()).getContentAsString();
        assertThat(page).contains("<html lang=\"de\">", "Upright ist vorübergehend nicht erreichbar", "alle 15 Sekunden")
                .doesNotContain("temporarily unavailable");
        assertThat(run(page("/today"), new MockFilterChain()).getContentAsString()).contains("<html lang=\"en\">");
    }

    @Test
    void theSameRequestGoesOnWhileTheDatabaseAnswers() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        assertThat(run(page("/today"), chain).getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void vaadinRequestsTheSignInPageAndNonHtmlGoOnDuringAnOutage() throws Exception {
        databaseUp.set(false);
        MockHttpServletRequest click = page("/");
        click.setMethod("POST");
        click.setParameter("v-r", "uidl");
        MockHttpServletRequest heartbeat = page("/");
        heartbeat.setParameter("v-r", "heartbeat");
        MockHttpServletRequest stylesheet = new MockHttpServletRequest("GET", "/upright/styles.css");
        stylesheet.addHeader("Accept", "text/css");
        for (MockHttpServletRequest request : new MockHttpServletRequest[] {click, heartbeat, page("/login"), stylesheet}) {
            MockFilterChain chain = new MockFilterChain();
            run(request, chain);
            assertThat(chain.getRequest()).as(request.getRequestURI()).isSameAs(request);
        }
    }

    @Test
    void aPageLoadThatMeetsTheOutageOnTheWayGets503Too() throws Exception {
        FilterChain failing = (req, res) -> {
            throw new CannotGetJdbcConnectionException("pool", new SQLTransientConnectionException("timeout"));
        };
        assertThat(run(page("/progress"), failing).getStatus()).isEqualTo(503);
        // and the next page load is answered at once, without asking the database again
        databaseUp.set(false);
        assertThat(run(page("/today"), new MockFilterChain()).getStatus()).isEqualTo(503);
    }

    @Test
    void otherFailuresAndVaadinRequestsKeepTheirException() {
        FilterChain bug = (req, res) -> {
            throw new IllegalStateException("a bug");
        };
        assertThatThrownBy(() -> run(page("/today"), bug)).isInstanceOf(IllegalStateException.class);
        MockHttpServletRequest click = page("/");
        click.setParameter("v-r", "uidl");
        FilterChain outage = (req, res) -> {
            throw new CannotGetJdbcConnectionException("pool", new SQLTransientConnectionException("timeout"));
        };
        assertThatThrownBy(() -> run(click, outage)).isInstanceOf(CannotGetJdbcConnectionException.class);
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private static MockHttpServletRequest page(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        return request;
    }

    private DataSource dataSource() {
        DataSource dataSource = mock(DataSource.class);
        try {
            when(dataSource.getConnection()).thenAnswer(call -> {
                if (!databaseUp.get()) {
                    throw new SQLTransientConnectionException("Connection is not available, request timed out");
                }
                Connection connection = mock(Connection.class);
                when(connection.isValid(2)).thenReturn(true);
                return connection;
            });
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return dataSource;
    }
}
