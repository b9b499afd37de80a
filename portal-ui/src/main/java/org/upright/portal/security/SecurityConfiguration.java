package org.upright.portal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.upright.accounts.AccountSessions;
import org.upright.portal.security.ui.LoginView;

/** Form login through the Vaadin login view; method security guards every service. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountSessions sessions) throws Exception {
        // the login and set-password pages need their stylesheets and icon before anyone signs in;
        // the other static scripts, styles and WebJars (the chart library) are for signed-in users.
        // Without these rules Vaadin's configuration would refuse them all.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/upright/styles.css", "/upright/accounts.css",
                "/icons/**").permitAll());
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/upright/**", "/webjars/**").authenticated());
        // any other address needs a signed-in user; Vaadin's default (deny all) would answer an unknown
        // address with a bare 403 instead of the app's not-found page. Views still check their own roles.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // before the anonymous filter, so an ended session continues as an anonymous request
        http.addFilterBefore(new AccountSessionFilter(sessions), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /** bcrypt today, with the {id} prefix so hashes can move to a stronger scheme later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
