package org.upright.portal.audit;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import org.upright.accounts.audit.AuditLog;
import org.upright.accounts.audit.AuditAction;
import org.upright.accounts.audit.AuditTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.accounts.AccountAdminService;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;
import org.upright.portal.testing.TestAudit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AuditLogTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditLogService auditLogService;
    @Autowired
    AccountAdminService admin;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestAudit audit;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void refusesToWriteOutsideATransaction() {
        assertThatThrownBy(() -> auditLog.record(AuditAction.ACCOUNT_ENABLED, AuditTarget.account(-1, "nobody"), null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aChangeRolledBackAfterItsAuditRowLeavesNeither() {
        AccountProfile member = accounts.create(Role.MEMBER);
        TestAccounts.signIn(accounts.create(Role.ADMIN));
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            admin.setEnabled(member.id(), false);
            throw new IllegalStateException("something later in the same transaction failed");
        })).hasMessageContaining("something later");

        assertThat(audit.actionsAbout(AuditTarget.ACCOUNT, member.id())).containsExactly("ACCOUNT_CREATED");
        assertThat(jdbc.sql("select enabled from account where id = ?").param(member.id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aCommittedChangeAndItsRowArriveTogether() {
        AccountProfile member = accounts.create(Role.MEMBER);
        TestAccounts.signIn(accounts.create(Role.ADMIN));
        transactions.executeWithoutResult(status -> admin.setEnabled(member.id(), false));
        assertThat(audit.actionsAbout(AuditTarget.ACCOUNT, member.id())).containsExactly("ACCOUNT_CREATED", "ACCOUNT_DISABLED");
    }

    @Test
    void adminsFilterTheLogByActorActionAndDays() {
        AccountProfile actor = accounts.create(Role.ADMIN);
        AccountProfile member = accounts.create(Role.MEMBER);
        TestAccounts.signIn(actor);
        admin.setEnabled(member.id(), false);
        admin.setEnabled(member.id(), true);
        admin.setEnabled(member.id(), false);
        // an old row, to test the date range
        jdbc.sql("""
                insert into audit_event (at, actor_username, action, target_type, target_id, target_label)
                values (timestamptz '2020-03-01 23:30:00+00', ?, 'ACCOUNT_ENABLED', 'ACCOUNT', ?, ?)""")
                .params(actor.username(), member.id(), member.username()).update();

        AuditFilter byActor = new AuditFilter(actor.username().toUpperCase(), null, null, null, ZoneOffset.UTC);
        assertThat(auditLogService.count(byActor)).isEqualTo(4);
        List<AuditEntry> newestFirst = auditLogService.find(byActor, PageRequest.of(0, 10));
        assertThat(newestFirst).extracting(AuditEntry::action).containsExactly(AuditAction.ACCOUNT_DISABLED,
                AuditAction.ACCOUNT_ENABLED, AuditAction.ACCOUNT_DISABLED, AuditAction.ACCOUNT_ENABLED);
        assertThat(newestFirst.getFirst().targetLabel()).isEqualTo(member.username());

        AuditFilter disabled = new AuditFilter(actor.username(), AuditAction.ACCOUNT_DISABLED, null, null, ZoneOffset.UTC);
        assertThat(auditLogService.count(disabled)).isEqualTo(2);

        AuditFilter march2020 = new AuditFilter(actor.username(), null, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 1), ZoneOffset.UTC);
        assertThat(auditLogService.find(march2020, PageRequest.of(0, 10))).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.ACCOUNT_ENABLED));
        // 23:30 UTC on 1 March is already 2 March in Berlin
        AuditFilter berlin = new AuditFilter(actor.username(), null, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 1),
                java.time.ZoneId.of("Europe/Berlin"));
        assertThat(auditLogService.count(berlin)).isZero();
        AuditFilter since2021 = new AuditFilter(actor.username(), null, LocalDate.of(2021, 1, 1), null, ZoneOffset.UTC);
        assertThat(auditLogService.count(since2021)).isEqualTo(3);

        assertThat(auditLogService.find(byActor, PageRequest.of(1, 3))).hasSize(1);
        assertThat(auditLogService.find(byActor, PageRequest.of(0, 10, Sort.by("at")))).first()
                .satisfies(e -> assertThat(e.at().atZone(ZoneOffset.UTC).getYear()).isEqualTo(2020));
    }

    @Test
    void onlyAdminsReadTheLog() {
        for (Role role : List.of(Role.MEMBER, Role.COACH)) {
            TestAccounts.signIn(accounts.create(role));
            assertThatThrownBy(() -> auditLogService.count(AuditFilter.everything(ZoneOffset.UTC))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> auditLogService.find(AuditFilter.everything(ZoneOffset.UTC), PageRequest.of(0, 5)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
