package org.upright.portal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.upright.portal.security.ui.LoginView;

/** Form login through the Vaadin login view; method security guards every service. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JdbcClient jdbc) throws Exception {
        // our static CSS/JS and the chart WebJar (public files, no data) and the login page's icon;
        // Vaadin's rules would refuse them otherwise
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/upright/**", "/webjars/**", "/icons/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        // before the anonymous filter, so an ended session continues as an anonymous request
        http.addFilterBefore(new AccountSessionFilter(jdbc), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /** bcrypt today, with the {id} prefix so hashes can move to a stronger scheme later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
