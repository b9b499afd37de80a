package org.upright.bench;

import org.junit.jupiter.api.Test;
import org.upright.db.testing.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness end to end at a tiny size, so the default build proves it still works: generate into a
 * fresh database, run every measured case a few times through the services, EXPLAIN each statement.
 * Asserts only that data was loaded and every call brought results back; timings are not checked here
 * (speed figures come from bench/run.sh, see docs/benchmarks.md).
 */
class BenchSmallTest {

    @Test
    void generatesMeasuresAndExplainsEveryCase() throws Exception {
        TestDatabase.Connection db = TestDatabase.shared();
        Path report = Path.of("target", "bench-small-test.md");
        BenchMain.Outcome outcome = BenchMain.run("--small", "--url=" + db.url(), "--user=" + db.username(),
                "--password=" + db.password(), "--no-recreate", "--members=120", "--coaches=2", "--big-coach=40",
                "--articles=30", "--history-days=200", "--calls=2", "--warmup=1", "--member-sample=5",
                "--report=" + report);

        assertThat(outcome.loaded().rows()).containsKeys("account", "pain_rating", "completed_session", "enrollment");
        assertThat(outcome.loaded().rows().get("pain_rating")).isGreaterThan(120L * 30);
        assertThat(outcome.loaded().rows().get("completed_session")).isGreaterThan(120L * 10);
        assertThat(outcome.results()).hasSizeGreaterThan(60);
        assertThat(outcome.results()).allSatisfy(r -> {
            assertThat(r.n()).isGreaterThanOrEqualTo(2);
            assertThat(r.rows()).isNotEqualTo("null");
        });
        // the generator filled the coach's client list for every member (its start-up path)
        assertThat(outcome.loaded().rows().get("client_progress")).isEqualTo(120L);
        assertThat(outcome.loaded().rows().get("client_progress_alert")).isPositive();
        // the coach with 40 clients sees a full first page of them, whatever the sort (each sort both ways)
        assertThat(outcome.results()).filteredOn(r -> r.c().name().startsWith("clients all"))
                .hasSize(2 * 2 * BenchCases.SORTS.size())
                .allSatisfy(r -> assertThat(r.rows()).isIn("40 rows", "50 rows"));
        assertThat(outcome.results()).filteredOn(r -> r.c().name().startsWith("countClients all"))
                .extracting(Latency.Result::rows).containsExactlyInAnyOrder("= 40", "= 40");
        assertThat(outcome.results()).filteredOn(r -> r.c().group().equals("search"))
                .allSatisfy(r -> assertThat(r.rows()).isNotEqualTo("0 rows"));

        String text = Files.readString(report);
        assertThat(text).contains("Execution Time", "Generic plan", "| pain_rating |");
        assertThat(text).doesNotContain("explain failed");
    }
}
