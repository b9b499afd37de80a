package org.upright.portal.operations;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.upright.kernel.Role;

/**
 * Who may read the actuator endpoints. They are served on the management port
 * ({@code management.server.port}, default 8081), which an operator keeps off the public network:
 * there the probes, info and metrics answer without a sign-in, for Kubernetes and Prometheus. On
 * the app port no endpoint is mapped at all. If an operator moves them onto the app port
 * (management port = app port), only health and info stay open and everything else needs an admin.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain managementSecurityFilterChain(HttpSecurity http, Environment environment) throws Exception {
        boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        // an endpoint request AND under the endpoints' base path: with several servers in one JVM
        // (cached test contexts) the endpoint matcher alone was seen to take ordinary pages, which
        // then skipped the portal's chain (no security headers, no ended-session check)
        String base = environment.getProperty("management.endpoints.web.base-path", "/actuator");
        http.securityMatcher(new AndRequestMatcher(EndpointRequest.toAnyEndpoint(),
                request -> request.getRequestURI().equals(base) || request.getRequestURI().startsWith(base + "/")));
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers(EndpointRequest.to("health", "info")).permitAll();
            if (ownPort) {
                auth.anyRequest().permitAll();
            } else {
                auth.anyRequest().hasRole(Role.ADMIN.name());
            }
        });
        http.requestCache(cache -> cache.disable());
        return http.build();
    }
}
