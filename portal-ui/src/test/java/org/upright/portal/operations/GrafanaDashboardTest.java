package org.upright.portal.operations;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.HttpBrowser;
import org.upright.portal.testing.TestAccounts;
import org.upright.tracker.progress.PainTrendService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every query of the Grafana dashboard in deploy/grafana names metrics that this portal really exposes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GrafanaDashboardTest {

    static final Path DASHBOARD = Path.of("..", "deploy", "grafana", "upright-dashboard.json");

    /** PromQL words that are not metric names. */
    private static final Set<String> PROMQL = Set.of("sum", "avg", "min", "max", "count", "rate", "irate", "increase",
            "histogram_quantile", "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or",
            "unless", "offset", "topk", "bottomk", "delta", "abs", "clamp_min", "clamp_max");

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PainTrendService trends;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void everyPanelQueriesExposedMetrics() throws Exception {
        // what a running portal has done by the time someone opens the dashboard
        AccountProfile member = accounts.create(Role.MEMBER);
        new HttpBrowser(port).postLogin(member.username(), TestAccounts.PASSWORD);
        TestAccounts.signIn(member);
        trends.recentSeries(member.id(), 30);

        Set<String> exposed = exposedSeries(new HttpBrowser(managementPort).get("/actuator/prometheus").body());
        JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
        assertThat(dashboard.path("title").asString()).isNotBlank();
        assertThat(dashboard.path("uid").asString()).isNotBlank();

        List<String> problems = new ArrayList<>();
        int queries = 0;
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.path("targets").isEmpty()).as("panel %s has no query", panel.path("title")).isFalse();
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asString();
                Set<String> metrics = metricNames(expr);
                queries++;
                if (metrics.isEmpty()) {
                    problems.add(panel.path("title").asString() + ": no metric in " + expr);
                }
                for (String metric : metrics) {
                    if (!exposed.contains(metric)) {
                        problems.add(panel.path("title").asString() + ": " + metric + " is not exposed");
                    }
                }
            }
        }
        assertThat(queries).isGreaterThanOrEqualTo(10);
        assertThat(problems).isEmpty();
    }

    @Test
    void theMetricNameParserFindsNamesNotFunctions() {
        assertThat(metricNames("histogram_quantile(0.95, sum by (le, query) (rate(upright_progress_query_seconds_bucket[5m])))"))
                .containsExactly("upright_progress_query_seconds_bucket");
        assertThat(metricNames("sum by (instance) (jvm_memory_used_bytes{area=\"heap\"}) / jvm_memory_max_bytes"))
                .containsExactly("jvm_memory_max_bytes", "jvm_memory_used_bytes");
    }

    /** The series names of a Prometheus text page (the part of each sample line before its labels). */
    static Set<String> exposedSeries(String page) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]").matcher(page);
        while (m.find()) {
            names.add(m.group(1));
        }
        assertThat(names).contains("upright_signins_total");
        return names;
    }

    static Set<String> metricNames(String expr) {
        String bare = expr.replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\{[^}]*}", "")
                .replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "");
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*").matcher(bare);
        while (m.find()) {
            if (!PROMQL.contains(m.group())) {
                names.add(m.group());
            }
        }
        return names;
    }
}
