package org.upright.portal.operations;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class BuildFileCachingTest {

    private static MockHttpServletResponse serve(int status, String cacheControl) throws Exception {
        var servlet = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) {
                resp.setStatus(status);
                resp.setHeader("Cache-Control", cacheControl);
            }
        };
        var response = new MockHttpServletResponse();
        new BuildFileCaching.ImmutableBuildFiles().doFilter(
                new MockHttpServletRequest("GET", "/VAADIN/build/indexhtml-BNp73Egs.js"), response,
                new MockFilterChain(servlet));
        return response;
    }

    @Test
    void aBundleFileIsKeptForAYear() throws Exception {
        assertThat(serve(200, "max-age=3600").getHeader("Cache-Control")).isEqualTo("max-age=31536000, immutable");
    }

    @Test
    void anErrorOrANoCacheAnswerIsLeftAsItIs() throws Exception {
        assertThat(serve(404, "max-age=3600").getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(serve(200, "no-cache").getHeader("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void theFilterCoversTheBundleOnly() {
        assertThat(new BuildFileCaching().immutableBuildFiles().getUrlPatterns()).containsExactly("/VAADIN/build/*");
    }
}
