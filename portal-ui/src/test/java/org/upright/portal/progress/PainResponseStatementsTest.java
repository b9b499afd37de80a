package org.upright.portal.progress;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.tracker.progress.PainResponse;
import org.upright.tracker.progress.PainResponseService;
import org.upright.portal.testing.StatementCounter;
import org.upright.portal.testing.TestAccounts;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress page's pain response names its routines in one statement, however many routines there are (issue 14). */
@SpringBootTest
class PainResponseStatementsTest {

    @Autowired
    PainResponseService responses;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void fourRoutinesCostTheStatementsOfOne() {
        List<Map<String, Object>> routines = jdbc.sql("""
                        select r.id, r.published_version, v.title from routine r
                        join routine_version v on v.routine_id = r.id and v.version_number = r.published_version
                        order by r.id limit 4""").query().listOfRows();
        assertThat(routines).hasSize(4);
        AccountProfile one = memberWithRatedSessions(routines.subList(0, 1));
        AccountProfile four = memberWithRatedSessions(routines);

        TestAccounts.signIn(one);
        StatementCounter.reset();
        assertThat(responses.painResponse(one.id(), 10)).hasSize(1);
        int forOne = StatementCounter.count();

        TestAccounts.signIn(four);
        StatementCounter.reset();
        List<PainResponse> all = responses.painResponse(four.id(), 10);
        assertThat(StatementCounter.count()).isEqualTo(forOne).isLessThanOrEqualTo(2);
        assertThat(all).extracting(PainResponse::routineTitle)
                .containsExactlyInAnyOrderElementsOf(routines.stream().map(r -> (String) r.get("title")).toList());
    }

    private AccountProfile memberWithRatedSessions(List<Map<String, Object>> routines) {
        AccountProfile member = accounts.create(Role.MEMBER);
        LocalDate day = LocalDate.of(2026, 11, 1);
        for (Map<String, Object> routine : routines) {
            for (int i = 0; i < PainResponseService.MIN_SESSIONS; i++, day = day.plusDays(1)) {
                var started = day.atTime(8, 0).atOffset(ZoneOffset.UTC);
                jdbc.sql("""
                                insert into completed_session (client_session_id, member_id, routine_id, routine_version, started_at,
                                    finished_at, day, steps_completed, steps_total, duration_seconds, pain_before, pain_after)
                                values (?, ?, ?, ?, ?, ?, ?, 3, 3, 300, 5, 3)""")
                        .params(UUID.randomUUID(), member.id(), routine.get("id"), routine.get("published_version"),
                                started, started.plusMinutes(5), day).update();
            }
        }
        return member;
    }
}
