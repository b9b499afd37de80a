package org.upright.portal.coach;

import org.upright.tracker.cohort.ClientProgressUpkeep;
import org.upright.tracker.cohort.CoachClientsService;
import org.upright.tracker.cohort.ClientFilter;
import org.upright.tracker.cohort.ClientProgressRow;
import org.upright.tracker.cohort.TriageAlert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.accounts.AccountService;
import org.upright.portal.testing.StatementCounter;
import org.upright.portal.testing.TestAccounts;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 500 clients: a page of the list and the triage queue each cost a fixed, small number of statements. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManyClientsTest {

    static final int CLIENTS = 500;

    @Autowired
    CoachClientsService clients;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientProgressUpkeep upkeep;

    String coachUsername;

    @BeforeAll
    void seed() {
        String prefix = "many-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        ManyClientsSeed.seed(jdbc, prefix, CLIENTS);
        // written with SQL behind the services: the client list is brought up to date as at start-up
        upkeep.runAtStartup();
        coachUsername = prefix + "-coach";
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aPageOf500ClientsIsOneQueryWhateverTheSort() {
        TestAccounts.signIn(accounts.findByUsername(coachUsername).orElseThrow());
        for (String sort : List.of("name", "program", "lastRating", "rated", "change", "adherence7", "adherence28", "lastActive", "alerts")) {
            StatementCounter.reset();
            long total = clients.countClients(ClientFilter.ALL);
            List<ClientProgressRow> page = clients.clients(ClientFilter.ALL, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, sort)));
            // for each of the count and the page: the signed-in coach, the check for rows of an earlier day, then
            // the count, or the page and its alerts, from the precomputed list - no statement per client
            assertThat(StatementCounter.count()).as("statements for a page sorted by %s", sort).isBetween(4, 12);
            assertThat(total).isEqualTo(CLIENTS);
            assertThat(page).hasSize(50);
        }

        StatementCounter.reset();
        List<ClientProgressRow> everyone = clients.clients(ClientFilter.ALL, PageRequest.of(0, CLIENTS));
        assertThat(StatementCounter.count()).isBetween(3, 10);
        assertThat(everyone).hasSize(CLIENTS);
        assertThat(everyone).filteredOn(r -> r.programId() != null).hasSizeGreaterThan(CLIENTS / 2);
        assertThat(everyone).filteredOn(r -> r.change() != null).isNotEmpty();
    }

    @Test
    void lastRatingSortsByScoreAndRatedByDay() {
        TestAccounts.signIn(accounts.findByUsername(coachUsername).orElseThrow());
        List<ClientProgressRow> byScore = clients.clients(ClientFilter.ALL,
                PageRequest.of(0, CLIENTS, Sort.by(Sort.Direction.DESC, "lastRating")));
        List<Integer> scores = byScore.stream().map(ClientProgressRow::lastRatingScore).filter(java.util.Objects::nonNull).toList();
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder()).hasSizeGreaterThan(CLIENTS / 2);
        assertThat(scores.getFirst()).isGreaterThan(scores.getLast());
        List<ClientProgressRow> byDay = clients.clients(ClientFilter.ALL,
                PageRequest.of(0, CLIENTS, Sort.by(Sort.Direction.ASC, "rated")));
        assertThat(byDay.stream().map(ClientProgressRow::lastRatingDay).filter(java.util.Objects::nonNull).toList())
                .isSorted();
        // clients without a rating come last in either direction
        assertThat(byScore.getLast().lastRatingScore() == null || scores.size() == CLIENTS).isTrue();
    }

    @Test
    void theTriageQueueOf500ClientsIsOneQuery() {
        TestAccounts.signIn(accounts.findByUsername(coachUsername).orElseThrow());
        StatementCounter.reset();
        long open = clients.countTriage();
        List<TriageAlert> first = clients.triage(PageRequest.of(0, 50));
        // twice: the coach, the check for rows of an earlier day, then the count or the page of the queue
        assertThat(StatementCounter.count()).isBetween(4, 10);
        assertThat(first).hasSize((int) Math.min(50, open));
    }
}
