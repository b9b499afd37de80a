package org.upright.portal.security;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.upright.accounts.audit.AuditLog;
import org.upright.accounts.signin.SignInLimits;
import org.upright.accounts.signin.SignInThrottle;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/**
 * A PostgreSQL of its own, stopped under the sign-in: the answer is "unavailable", within a few
 * seconds (the pool's connection timeout), never "incorrect password".
 */
class DatabaseOutageSignInTest {

    @Test
    void signInWithTheDatabaseDownSaysUnavailableQuickly() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setConnectionTimeout(3_000);
        pool.setValidationTimeout(2_000);
        pool.setMinimumIdle(1);
        try (pool) {
            JdbcClient jdbc = JdbcClient.create(pool);
            jdbc.sql("create table sign_in_throttle (throttle_key varchar(200) primary key, failures integer not null,"
                    + " last_failure_at timestamptz not null, locked_until timestamptz)").update();
            SignInThrottle throttle = new SignInThrottle(jdbc, mock(AuditLog.class), new SignInLimits(null, null, null, null, null),
                    Clock.systemUTC(), new DataSourceTransactionManager(pool));
            var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
            UserDetailsService users = name -> User.withUsername(name).password(encoder.encode("right-password"))
                    .roles("MEMBER").build();
            SignInAuthenticationProvider provider = new SignInAuthenticationProvider(users, encoder, throttle);

            // while the database is up, the same provider signs in
            assertThat(provider.authenticate(new UsernamePasswordAuthenticationToken("member", "right-password"))
                    .isAuthenticated()).isTrue();

            postgres.close();
            long start = System.nanoTime();
            assertThatThrownBy(() -> provider.authenticate(
                    new UsernamePasswordAuthenticationToken("member", "right-password")))
                    .isInstanceOf(SignInAuthenticationProvider.ServiceUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        } finally {
            postgres.close();
        }
    }
}
