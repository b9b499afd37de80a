package org.upright.portal.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.upright.accounts.AccountSessions;
import org.upright.accounts.mfa.SecondFactorSignIn;
import org.upright.accounts.signin.SignInThrottle;
import org.upright.portal.database.DatabaseAvailability;
import org.upright.portal.database.DatabaseOutageFilter;
import org.upright.portal.security.ui.LoginView;

/**
 * Form login through the Vaadin login view, then the second step where the account has one
 * ({@link SecondFactorFilter}); method security guards every service.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountSessions sessions, RequestUtil requestUtil,
                                            DatabaseAvailability database, SecondFactorSignIn secondFactor,
                                            SignInThrottle throttle) throws Exception {
        // the login and set-password pages need their stylesheets and icon before anyone signs in,
        // and so does installing the app: its manifest and icons, the service worker and what it
        // shows offline (README "Installing Upright");
        // the other static scripts, styles and WebJars (the chart library) are for signed-in users.
        // Without these rules Vaadin's configuration would refuse them all.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/upright/styles.css", "/upright/accounts.css",
                "/upright/unavailable.css", "/icons/**", "/manifest.webmanifest", "/upright-sw.js", "/offline.html",
                "/upright/pwa/**", "/upright/theme/**").permitAll());
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/upright/**", "/webjars/**").authenticated());
        // Vaadin's own CSRF set-up also exempts the login page, which would allow login CSRF (a
        // foreign page signing a victim into the attacker's account). Here only Vaadin's internal
        // requests are exempt (they carry Vaadin's own CSRF token); the login form's POST must carry
        // Spring Security's token, which vaadin-login-form copies from the page's _csrf meta tags.
        // Any other address needs a signed-in user; Vaadin's default (deny all) would answer an unknown
        // address with a bare 403 instead of the app's not-found page. Views still check their own roles.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // after the right password, an account with a second factor is not signed in yet: the
        // success handler keeps it pending and SecondFactorFilter leads it through the second step
        SecondStepFlow secondStep = new SecondStepFlow(secondFactor, throttle);
        http.formLogin(form -> form.failureHandler(failureHandler())
                .addObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                    @Override
                    public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                        // Vaadin's configurer sets its saved-request handler at build time; it stays the
                        // one that leads on once the sign-in is complete
                        AuthenticationSuccessHandler vaadin = http.getSharedObject(
                                VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
                        secondStep.leadOnWith(vaadin != null ? vaadin : new SavedRequestAwareAuthenticationSuccessHandler());
                        filter.setAuthenticationSuccessHandler(secondStep.afterPassword());
                        return filter;
                    }
                }));
        // after the login form's filter (a new password post starts over) and the CSRF check; files
        // and Vaadin's own requests go on to the usual rules, which see the pending session as anonymous
        http.addFilterAfter(new SecondFactorFilter(secondStep, new OrRequestMatcher(requestUtil::isFrameworkInternalRequest,
                VaadinSecurityConfigurer.getDefaultHttpSecurityPermitMatcher(
                        requestUtil.getUrlMapping() == null ? "/*" : requestUtil.getUrlMapping()),
                SecondFactorFilter::isFile)),
                UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.STATIC))
                .frameOptions(frame -> frame.deny())
                // set-password links carry a token in the address: never send it on
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Spring Security's defaults kept: nosniff, no-store on every response that sets no
                // caching of its own (Vaadin's versioned static files do), HSTS on secure requests
                // (behind a TLS proxy with server.forward-headers-strategy set, see README)
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                // written before the request goes on: written lazily "on commit", they never reached
                // the HTML pages Vaadin serves
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // right after the headers are written, before anything that reads the database (README "Database outage")
        http.addFilterAfter(new DatabaseOutageFilter(database, requestUtil::isFrameworkInternalRequest),
                HeaderWriterFilter.class);
        // before the anonymous filter, so an ended session continues as an anonymous request
        http.addFilterBefore(new AccountSessionFilter(sessions), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Only what the exercise timer uses: the screen wake lock (and sound, which may start without a
     * click for the step cues). Vibration needs no permission. Everything else is switched off.
     */
    static final String PERMISSIONS_POLICY = "screen-wake-lock=(self), autoplay=(self), camera=(), microphone=(), "
            + "geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), display-capture=(), "
            + "accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()";

    /** Back to the login page with the reason: a wrong password, too many tries, or no database. */
    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String reason = switch (exception) {
                case SignInAuthenticationProvider.SignInThrottledException e -> LoginView.THROTTLED;
                case SignInAuthenticationProvider.ServiceUnavailableException e -> LoginView.UNAVAILABLE;
                default -> LoginView.ERROR;
            };
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }

    /** The one authentication provider: the password check behind the sign-in throttle. */
    @Bean
    AuthenticationProvider signInAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder,
                                                        SignInThrottle throttle) {
        return new SignInAuthenticationProvider(users, encoder, throttle);
    }

    /** bcrypt today, with the {id} prefix so hashes can move to a stronger scheme later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
