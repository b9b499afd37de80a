package org.upright.portal.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.accounts.AccountSessions;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Without the database the session check cannot run: Vaadin's request must still go on (its
 * action then fails with its own message), not fail here with an error that Vaadin's client would
 * re-send, and so replay, once the database is back.
 */
class AccountSessionFilterOutageTest {

    private final AccountSessions sessions = mock(AccountSessions.class);
    private final AccountSessionFilter filter = new AccountSessionFilter(sessions);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aVaadinRequestGoesOnSignedInWhileTheDatabaseIsDown() throws Exception {
        when(sessions.stillValid(anyString(), any())).thenThrow(
                new CannotGetJdbcConnectionException("pool", new SQLTransientConnectionException("timed out")));
        MockHttpServletRequest click = signedInRequest();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(click, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(click);
        assertThat(click.getSession(false)).isNotNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo("member");
    }

    @Test
    void aRevokedSessionStillEndsAndABugStillFails() throws Exception {
        when(sessions.stillValid(anyString(), any())).thenReturn(false);
        MockHttpServletRequest request = signedInRequest();
        var session = request.getSession(false);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(request.getSession(false)).isNull();
        assertThat(session).isNotNull();

        when(sessions.stillValid(anyString(), any())).thenThrow(new IllegalStateException("a bug"));
        assertThatThrownBy(() -> filter.doFilter(signedInRequest(), new MockHttpServletResponse(), new MockFilterChain()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static MockHttpServletRequest signedInRequest() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "member", null, AuthorityUtils.createAuthorityList("ROLE_MEMBER")));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        request.getSession(true);
        return request;
    }
}
