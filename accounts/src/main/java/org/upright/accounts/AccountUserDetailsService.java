package org.upright.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.util.List;

/** Loads accounts for sign-in. Over-long or blank usernames fail like unknown ones, without a query. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    static final int MAX_USERNAME_LENGTH = 64;

    private final JdbcClient jdbc;

    AccountUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.isBlank() || username.length() > MAX_USERNAME_LENGTH) {
            throw new UsernameNotFoundException("Unknown user");
        }
        return jdbc.sql("select username, password_hash, role, enabled from account where lower(username) = lower(?)")
                .param(username.strip())
                .query((rs, i) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + rs.getString("role"))))
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
