package org.upright.portal.operations;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.HttpBrowser;
import org.upright.portal.testing.TestAccounts;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Probes, info and metrics on the management port; nothing of them on the app port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorHttpTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    TestAccounts accounts;

    @Test
    void theManagementPortIsNotTheAppPort() {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
    }

    @Test
    void livenessAndReadinessAnswerUp() {
        HttpBrowser management = new HttpBrowser(managementPort);
        HttpResponse<String> liveness = management.get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"").contains("livenessState").doesNotContain("\"db\"");
        HttpResponse<String> readiness = management.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("readinessState").contains("\"db\"");
    }

    @Test
    void infoNamesTheVersionAndTheCommit() {
        String info = new HttpBrowser(managementPort).get("/actuator/info").body();
        assertThat(info).contains("\"build\"").contains("\"version\":\"0.1.0-SNAPSHOT\"");
        assertThat(info).containsPattern("\"git\":\\{.*\"commit\":\\{.*\"id\":\"[0-9a-f]{7,40}\"");
    }

    @Test
    void anonymousVisitorsOfTheAppPortCannotReadTheMetrics() {
        HttpBrowser anonymous = new HttpBrowser(port);
        for (String path : new String[] {"/actuator/prometheus", "/actuator", "/actuator/health", "/actuator/metrics"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("# HELP").doesNotContain("upright_");
        }
    }

    @Test
    void signInsAreCountedOnTheMetricsPage() {
        HttpBrowser management = new HttpBrowser(managementPort);
        double succeeded = counter(management, "upright_signins_total", "success");
        double failed = counter(management, "upright_signins_total", "failure");
        AccountProfile member = accounts.create(Role.MEMBER);

        assertThat(new HttpBrowser(port).postLogin(member.username(), "not-the-password-at-all")
                .headers().firstValue("Location").orElseThrow()).contains("error");
        assertThat(new HttpBrowser(port).postLogin(member.username(), TestAccounts.PASSWORD)
                .headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        assertThat(counter(management, "upright_signins_total", "success")).isEqualTo(succeeded + 1);
        assertThat(counter(management, "upright_signins_total", "failure")).isEqualTo(failed + 1);
        String page = management.get("/actuator/prometheus").body();
        assertThat(page).contains("upright_ui_active").contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections_active");
    }

    static double counter(HttpBrowser management, String name, String outcome) {
        HttpResponse<String> response = management.get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*outcome=\"" + outcome + "\"[^}]*} ([0-9.E+-]+)$")
                .matcher(response.body());
        assertThat(m.find()).as(name + " " + outcome + " in\n" + response.body()).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
