package org.upright.portal.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * upright_signins_total by outcome, from the events Spring Security's own publisher makes of each
 * exception: the throttle's refusal is a LockedException, an unreachable account store an
 * AuthenticationServiceException (both as SignInAuthenticationProvider throws them).
 */
class SignInCountersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final UprightMetrics.EventCounters counters = new UprightMetrics.EventCounters(registry);
    private final DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(this::deliver);
    private final UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated("member", "x");

    @Test
    void eachOutcomeHasItsCount() {
        publisher.publishAuthenticationSuccess(UsernamePasswordAuthenticationToken.authenticated("member", null, java.util.List.of()));
        publisher.publishAuthenticationFailure(new BadCredentialsException("wrong"), attempt);
        publisher.publishAuthenticationFailure(new BadCredentialsException("wrong"), attempt);
        publisher.publishAuthenticationFailure(new LockedException("throttled"), attempt);
        publisher.publishAuthenticationFailure(new AuthenticationServiceException("no database"), attempt);

        assertThat(count("success")).isEqualTo(1);
        assertThat(count("failure")).isEqualTo(2);
        assertThat(count("throttled")).isEqualTo(1);
        assertThat(count("unavailable")).isEqualTo(1);
    }

    private double count(String outcome) {
        return registry.get(UprightMetrics.SIGN_INS).tag("outcome", outcome).counter().count();
    }

    private void deliver(Object event) {
        switch (event) {
            case AuthenticationSuccessEvent success -> counters.on(success);
            case AbstractAuthenticationFailureEvent failure -> counters.on(failure);
            default -> throw new IllegalStateException("unexpected " + event);
        }
    }
}
