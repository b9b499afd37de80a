package org.upright.portal.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The files of Vaadin's production bundle under {@code /VAADIN/build/} carry a hash of their
 * content in their names (a new build gives new names), so a browser may keep them for a year
 * without asking again. Vaadin itself sends {@code max-age=3600} for them, which makes every
 * visit after an hour download or revalidate the whole bundle; this filter replaces that.
 * (Our own files under {@code /upright/} already get a year: Vaadin links them with a
 * {@code ?v-c=} content version.)
 */
@Configuration(proxyBeanMethods = false)
class BuildFileCaching {

    static final String PATTERN = "/VAADIN/build/*";
    static final String FOREVER = "max-age=31536000, immutable";

    @Bean
    FilterRegistrationBean<ImmutableBuildFiles> immutableBuildFiles() {
        var registration = new FilterRegistrationBean<>(new ImmutableBuildFiles());
        registration.addUrlPatterns(PATTERN);
        return registration;
    }

    /** Turns the Cache-Control header of a successful answer into {@link #FOREVER}. */
    static final class ImmutableBuildFiles extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setHeader(String name, String value) {
                    super.setHeader(name, replaced(name, value));
                }

                @Override
                public void addHeader(String name, String value) {
                    super.addHeader(name, replaced(name, value));
                }

                private String replaced(String name, String value) {
                    int status = getStatus();
                    boolean ok = status == SC_OK || status == SC_NOT_MODIFIED;
                    return ok && "Cache-Control".equalsIgnoreCase(name) && value != null && value.contains("max-age")
                            ? FOREVER : value;
                }
            });
        }
    }
}
