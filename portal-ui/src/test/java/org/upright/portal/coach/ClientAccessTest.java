package org.upright.portal.coach;

import org.upright.tracker.cohort.CoachClientsService;
import org.upright.tracker.cohort.ClientFilter;
import org.upright.tracker.cohort.ClientProgressRow;
import org.upright.tracker.cohort.TriageAlert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.upright.accounts.AccountAdminService;
import org.upright.accounts.AccountFilter;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.accounts.audit.AuditTarget;
import org.upright.tracker.export.MemberExportService;
import org.upright.tracker.progress.MemberProgressService;
import org.upright.portal.testing.TestAccounts;
import org.upright.portal.testing.TestAudit;
import org.upright.portal.testing.TrackerData;
import org.upright.tracker.alert.AlertKind;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two coaches, each with one member, against every coach-side method of the progress features:
 * coach A reaches member A and never member B (reading, exporting, assigning, acknowledging);
 * members cannot call coach or admin services. Messages and notes: {@link CoachAccessTest}.
 */
@SpringBootTest
class ClientAccessTest {

    @Autowired
    CoachClientsService clients;
    @Autowired
    ClientProgramService programs;
    @Autowired
    MemberProgressService progress;
    @Autowired
    MemberExportService exports;
    @Autowired
    AccountAdminService admin;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestAudit audit;
    @Autowired
    TrackerData data;
    @Autowired
    JdbcClient jdbc;

    AccountProfile coachA;
    AccountProfile coachB;
    AccountProfile memberA;
    AccountProfile memberB;
    long programId;

    @BeforeEach
    void twoCoachesTwoMembers() {
        coachA = accounts.create(Role.COACH);
        coachB = accounts.create(Role.COACH);
        memberA = accounts.create(Role.MEMBER, coachA.id());
        memberB = accounts.create(Role.MEMBER, coachB.id());
        // both members have an open high-pain alert
        data.ratings(memberA.id(), 0, 8, 8, 8);
        data.ratings(memberB.id(), 0, 8, 8, 8);
        programId = jdbc.sql("select id from program where status = 'PUBLISHED' order by id limit 1").query(Long.class).single();
        TestAccounts.signIn(coachA);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void listsAndTriageHoldOnlyOwnClients() {
        assertThat(clients.clients(ClientFilter.ALL, PageRequest.of(0, 50))).extracting(ClientProgressRow::memberId)
                .containsExactly(memberA.id());
        assertThat(clients.countClients(ClientFilter.ALL)).isEqualTo(1);
        assertThat(clients.triage(PageRequest.of(0, 50))).extracting(TriageAlert::memberId).containsOnly(memberA.id());
        assertThat(clients.countTriage()).isEqualTo(1);
    }

    @Test
    void detailsOfAnotherCoachsClientAreRefused() {
        assertThat(clients.client(memberA.id()).memberId()).isEqualTo(memberA.id());
        assertThat(progress.overview(memberA.id(), 30)).isNotNull();
        assertThatThrownBy(() -> clients.client(memberB.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.acknowledgements(memberB.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.current(memberB.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.overview(memberB.id(), 30)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.alerts(memberB.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.ratingHistory(memberB.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.sessionHistory(memberB.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void exportsOfAnotherCoachsClientAreRefusedAndNotAudited() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeCsv(memberA.id(), out);
        assertThat(out.size()).isPositive();
        assertThatThrownBy(() -> exports.writeCsv(memberB.id(), new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.writeReport(memberB.id(), new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.fileName(memberB.id(), "csv")).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.actionsAbout(AuditTarget.ACCOUNT, memberA.id())).contains("MEMBER_DATA_EXPORTED");
        assertThat(audit.actionsAbout(AuditTarget.ACCOUNT, memberB.id())).doesNotContain("MEMBER_DATA_EXPORTED");
    }

    @Test
    void assigningAndAcknowledgingForAnotherCoachsClientAreRefusedAndChangeNothing() {
        LocalDate start = data.today(memberB.id());
        assertThatThrownBy(() -> programs.assign(memberB.id(), programId, start)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.acknowledge(memberB.id(), AlertKind.HIGH_PAIN_RUN)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from enrollment where member_id = ?").param(memberB.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from alert_acknowledgement where member_id = ?").param(memberB.id())
                .query(Long.class).single()).isZero();
        assertThat(audit.actionsAbout(AuditTarget.ACCOUNT, memberB.id())).doesNotContain("PROGRAM_ASSIGNED");

        TestAccounts.signIn(coachB);
        assertThat(clients.acknowledge(memberB.id(), AlertKind.HIGH_PAIN_RUN)).isTrue();
        programs.assign(memberB.id(), programId, start);
        assertThat(audit.about(AuditTarget.ACCOUNT, memberB.id())).last().satisfies(row -> {
            assertThat(row.action()).isEqualTo("PROGRAM_ASSIGNED");
            assertThat(row.actor()).isEqualTo(coachB.username());
        });
    }

    @Test
    void membersCannotCallCoachOrAdminServices() {
        TestAccounts.signIn(memberA);
        assertThatThrownBy(() -> clients.clients(ClientFilter.ALL, PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.countClients(ClientFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.triage(PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.countTriage()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.client(memberA.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.acknowledge(memberA.id(), AlertKind.HIGH_PAIN_RUN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.assignablePrograms()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.assign(memberA.id(), programId, LocalDate.now())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.find(AccountFilter.ALL, PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.assignCoach(memberA.id(), coachB.id())).isInstanceOf(AccessDeniedException.class);
        // and another member's data stays closed
        assertThatThrownBy(() -> progress.overview(memberB.id(), 30)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.writeCsv(memberB.id(), new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }
}
