package org.upright.portal.coach;

import org.upright.tracker.cohort.ClientProgressUpkeep;
import org.upright.tracker.cohort.CoachClientsService;
import org.upright.tracker.cohort.ClientFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.accounts.AccountService;
import org.upright.portal.testing.StatementCounter;
import org.upright.portal.testing.TestAccounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints how long the client list and triage queue take for a coach with 500 clients. It
 * asserts nothing about time (machines differ); it prints median and worst of several runs.
 */
@SpringBootTest
@Tag("benchmark")
class ManyClientsBenchmarkTest {

    private static final int RUNS = 7;

    @Autowired
    CoachClientsService clients;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientProgressUpkeep upkeep;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void printsTimingsFor500Clients() {
        String prefix = "bench-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        long started = System.nanoTime();
        ManyClientsSeed.seed(jdbc, prefix, ManyClientsTest.CLIENTS);
        System.out.printf(Locale.ROOT, "[benchmark] seeding %d clients with 90 days of history: %.0f ms%n",
                ManyClientsTest.CLIENTS, (System.nanoTime() - started) / 1e6);
        started = System.nanoTime();
        upkeep.runAtStartup();
        System.out.printf(Locale.ROOT, "[benchmark] computing their client-list rows: %.0f ms%n",
                (System.nanoTime() - started) / 1e6);
        TestAccounts.signIn(accounts.findByUsername(prefix + "-coach").orElseThrow());

        time("count", () -> clients.countClients(ClientFilter.ALL));
        time("first page of 50 by name", () -> clients.clients(ClientFilter.ALL, PageRequest.of(0, 50, Sort.by("name"))));
        time("first page of 50 by alerts", () -> clients.clients(ClientFilter.ALL,
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "alerts"))));
        time("last page of 50 by change", () -> clients.clients(ClientFilter.ALL, PageRequest.of(9, 50, Sort.by("change"))));
        time("all 500 in one page", () -> clients.clients(ClientFilter.ALL, PageRequest.of(0, 500)));
        time("triage, first 50", () -> clients.triage(PageRequest.of(0, 50)));
    }

    private void time(String what, Supplier<?> query) {
        Object result = query.get();
        assertThat(result).isNotNull();
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "[benchmark] %-28s median %7.1f ms, worst %7.1f ms (%d runs)%n", what,
                millis[RUNS / 2], millis[RUNS - 1], RUNS);
    }
}
