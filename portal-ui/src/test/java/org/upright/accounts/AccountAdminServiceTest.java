package org.upright.accounts;

import org.upright.portal.UprightApplication;
import org.upright.accounts.audit.*;
import org.upright.kernel.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.upright.accounts.audit.AuditTarget;
import org.upright.portal.testing.TestAccounts;
import org.upright.portal.testing.TestAudit;
import org.upright.kernel.validation.InvalidInputException;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = UprightApplication.class)
class AccountAdminServiceTest {

    static final String GOOD_PASSWORD = "Kettle!Orbit7Lagoon";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AccountAdminService admin;
    @Autowired
    AccountService accountService;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestAudit audit;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    AccountProfile me;

    @BeforeEach
    void signInAsAdmin() {
        me = accounts.create(Role.ADMIN);
        TestAccounts.signIn(me);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    static String uniqueUsername(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    private List<String> auditOf(long accountId) {
        return audit.actionsAbout(AuditTarget.ACCOUNT, accountId);
    }

    @Test
    void createsAnAccountWithAPasswordAndAuditsIt() {
        AccountProfile coach = accounts.create(Role.COACH);
        String username = uniqueUsername("nora");
        CreatedAccount created = admin.create(new AccountDraft(username, "Nora North", Role.MEMBER, coach.id(), GOOD_PASSWORD));

        assertThat(created.setPasswordToken()).isNull();
        assertThat(created.account().coachId()).isEqualTo(coach.id());
        assertThat(encoder.matches(GOOD_PASSWORD, passwordHashOf(created.account().id()))).isTrue();
        List<TestAudit.Row> rows = audit.about(AuditTarget.ACCOUNT, created.account().id());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo(me.username());
            assertThat(row.action()).isEqualTo("ACCOUNT_CREATED");
            assertThat(row.targetLabel()).isEqualTo(username);
            assertThat(row.details()).contains("MEMBER").contains(coach.username());
        });
    }

    @Test
    void refusesBadInputFieldByFieldAndWritesNothing() {
        String username = "bad name!";
        assertThatThrownBy(() -> admin.create(new AccountDraft(username, " ", Role.MEMBER, null, "short")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("username", "Use only letters, digits, dots, dashes and underscores")
                        .containsEntry("displayName", "Enter the person's name")
                        .containsEntry("password", "Use at least 12 characters (this one has 5)"));
        assertThat(accountService.findByUsername(username)).isEmpty();
        assertThat(audit.countLabelled(username)).isZero();
    }

    @Test
    void refusesATakenUsernameInAnyCaseAndACoachForANonMember() {
        AccountProfile existing = accounts.create(Role.MEMBER);
        assertThatThrownBy(() -> admin.create(new AccountDraft(existing.username().toUpperCase(), "Copy", Role.MEMBER, null, GOOD_PASSWORD)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsOnlyKeys("username"));

        AccountProfile coach = accounts.create(Role.COACH);
        String username = uniqueUsername("coached-coach");
        assertThatThrownBy(() -> admin.create(new AccountDraft(username, "Cora", Role.COACH, coach.id(), GOOD_PASSWORD)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsEntry("coachId", "Only members have a coach"));
        assertThat(accountService.findByUsername(username)).isEmpty();
        assertThat(audit.countLabelled(username)).isZero();
    }

    @Test
    void refusesAPasswordThatContainsTheUsername() {
        String username = uniqueUsername("otto");
        assertThatThrownBy(() -> admin.create(new AccountDraft(username, "Otto", Role.MEMBER, null, username + "-secret!")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("password", "The password must not contain the username"));
    }

    @Test
    void disablesAndEnablesWithAuditButNeverTheAdminThemself() {
        AccountProfile member = accounts.create(Role.MEMBER);
        assertThat(admin.setEnabled(member.id(), false).enabled()).isFalse();
        assertThat(sessionsRevoked(member.id())).isTrue();
        assertThat(admin.setEnabled(member.id(), true).enabled()).isTrue();
        // setting the state it already has changes nothing and logs nothing
        admin.setEnabled(member.id(), true);
        assertThat(auditOf(member.id())).containsExactly("ACCOUNT_CREATED", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED");

        assertThatThrownBy(() -> admin.setEnabled(me.id(), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("enabled"));
        assertThat(auditOf(me.id())).containsExactly("ACCOUNT_CREATED");
    }

    @Test
    void resetsAPasswordOnlyWhenItPassesTheRules() {
        AccountProfile member = accounts.create(Role.MEMBER);
        assertThatThrownBy(() -> admin.resetPassword(member.id(), "password1234"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("password"));
        assertThat(auditOf(member.id())).containsExactly("ACCOUNT_CREATED");
        assertThat(sessionsRevoked(member.id())).isFalse();

        admin.resetPassword(member.id(), GOOD_PASSWORD);
        assertThat(encoder.matches(GOOD_PASSWORD, passwordHashOf(member.id()))).isTrue();
        assertThat(sessionsRevoked(member.id())).isTrue();
        assertThat(auditOf(member.id())).containsExactly("ACCOUNT_CREATED", "PASSWORD_RESET");
    }

    @Test
    void changesRolesDroppingAMembersCoachAndRecordingBeforeAndAfter() {
        AccountProfile coach = accounts.create(Role.COACH);
        AccountProfile member = accounts.create(Role.MEMBER, coach.id());
        AccountRow changed = admin.changeRole(member.id(), Role.COACH);
        assertThat(changed.role()).isEqualTo(Role.COACH);
        assertThat(changed.coachId()).isNull();
        assertThat(audit.about(AuditTarget.ACCOUNT, member.id())).last()
                .satisfies(row -> assertThat(row.details()).isEqualTo("MEMBER → COACH"));
    }

    @Test
    void aCoachWithClientsKeepsTheRoleAndAnAdminKeepsTheirOwn() {
        AccountProfile coach = accounts.create(Role.COACH);
        accounts.create(Role.MEMBER, coach.id());
        assertThatThrownBy(() -> admin.changeRole(coach.id(), Role.MEMBER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages().get("role"))
                        .contains("still coaches 1 member"));
        assertThatThrownBy(() -> admin.changeRole(me.id(), Role.COACH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("role"));
        assertThat(auditOf(coach.id())).containsExactly("ACCOUNT_CREATED");
        assertThat(auditOf(me.id())).containsExactly("ACCOUNT_CREATED");
    }

    @Test
    void assignsChangesAndRemovesAMembersCoach() {
        AccountProfile first = accounts.create(Role.COACH);
        AccountProfile second = accounts.create(Role.COACH);
        AccountProfile member = accounts.create(Role.MEMBER);

        assertThat(admin.assignCoach(member.id(), first.id()).coachId()).isEqualTo(first.id());
        assertThat(admin.assignCoach(member.id(), second.id()).coachName()).isEqualTo(second.displayName());
        assertThat(admin.assignCoach(member.id(), null).coachId()).isNull();

        assertThat(audit.about(AuditTarget.ACCOUNT, member.id())).extracting(TestAudit.Row::details).containsExactly(
                "role MEMBER", "coach " + first.username(), "coach " + second.username() + " (was " + first.username() + ")",
                "no coach (was " + second.username() + ")");
    }

    @Test
    void refusesDisabledCoachesAndNonMembers() {
        AccountProfile coach = accounts.create(Role.COACH);
        AccountProfile disabledCoach = accounts.create(Role.COACH);
        accounts.disable(disabledCoach.id());
        AccountProfile member = accounts.create(Role.MEMBER);
        AccountProfile otherCoach = accounts.create(Role.COACH);

        assertThatThrownBy(() -> admin.assignCoach(member.id(), disabledCoach.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> admin.assignCoach(otherCoach.id(), coach.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> admin.assignCoach(member.id(), member.id())).isInstanceOf(InvalidInputException.class);
        assertThat(auditOf(member.id())).containsExactly("ACCOUNT_CREATED");
    }

    @Test
    void bulkAssignsMembersAndAuditsEachChange() {
        AccountProfile coach = accounts.create(Role.COACH);
        AccountProfile a = accounts.create(Role.MEMBER);
        AccountProfile b = accounts.create(Role.MEMBER);
        AccountProfile already = accounts.create(Role.MEMBER, coach.id());

        assertThat(admin.assignCoachToAll(List.of(a.id(), b.id(), already.id(), a.id()), coach.id())).isEqualTo(2);
        assertThat(auditOf(a.id())).containsExactly("ACCOUNT_CREATED", "COACH_ASSIGNED");
        assertThat(auditOf(b.id())).containsExactly("ACCOUNT_CREATED", "COACH_ASSIGNED");
        assertThat(auditOf(already.id())).containsExactly("ACCOUNT_CREATED");
        assertThat(admin.findById(b.id())).hasValueSatisfying(row -> assertThat(row.coachId()).isEqualTo(coach.id()));
    }

    @Test
    void bulkAssignIncludingANonMemberChangesNobody() {
        AccountProfile coach = accounts.create(Role.COACH);
        AccountProfile member = accounts.create(Role.MEMBER);
        AccountProfile anotherCoach = accounts.create(Role.COACH);
        assertThatThrownBy(() -> admin.assignCoachToAll(List.of(member.id(), anotherCoach.id()), coach.id()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(admin.findById(member.id())).hasValueSatisfying(row -> assertThat(row.coachId()).isNull());
        assertThat(auditOf(member.id())).containsExactly("ACCOUNT_CREATED");
    }

    @Test
    void listsFilterSortAndPageInTheDatabase() {
        String tag = uniqueUsername("zeta");
        AccountProfile coachB = accounts.create(Role.COACH);
        AccountProfile coachA = accounts.create(Role.COACH);
        admin.create(new AccountDraft(tag + "-c", "Zeta Carla", Role.MEMBER, coachB.id(), GOOD_PASSWORD));
        admin.create(new AccountDraft(tag + "-a", "Zeta Anton", Role.MEMBER, coachA.id(), GOOD_PASSWORD));
        CreatedAccount b = admin.create(new AccountDraft(tag + "-b", "Zeta Berta", Role.MEMBER, null, GOOD_PASSWORD));
        admin.create(new AccountDraft(tag + "-d", "Zeta Dora", Role.COACH, null, GOOD_PASSWORD));
        admin.setEnabled(b.account().id(), false);

        AccountFilter members = new AccountFilter(tag.toUpperCase(), Role.MEMBER, null);
        assertThat(admin.count(members)).isEqualTo(3);
        assertThat(admin.find(members, PageRequest.of(0, 10))).extracting(AccountRow::displayName)
                .containsExactly("Zeta Anton", "Zeta Berta", "Zeta Carla");
        assertThat(admin.find(members, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "username"))))
                .extracting(AccountRow::username).containsExactly(tag + "-c", tag + "-b", tag + "-a");
        assertThat(admin.find(members, PageRequest.of(1, 2, Sort.by("displayName")))).extracting(AccountRow::displayName)
                .containsExactly("Zeta Carla");
        // sorting by coach name (a join) puts the member without coach last
        List<String> byCoach = admin.find(members, PageRequest.of(0, 10, Sort.by("coachName"))).stream()
                .map(AccountRow::coachName).toList();
        assertThat(byCoach).hasSize(3).endsWith((String) null);
        assertThat(admin.find(members.withEnabled(false), PageRequest.of(0, 10))).extracting(AccountRow::id)
                .containsExactly(b.account().id());
        assertThat(admin.count(new AccountFilter(tag, Role.COACH, true))).isEqualTo(1);
        assertThat(admin.count(new AccountFilter("zeta carla", null, null))).isGreaterThanOrEqualTo(1);
        // % and _ are taken literally, an unknown sort key is ignored
        assertThat(admin.count(new AccountFilter(tag.replace("zeta", "z_ta"), null, null))).isZero();
        assertThat(admin.find(members, PageRequest.of(0, 10, Sort.by("passwordHash")))).hasSize(3);
    }

    @Test
    void coachesAreListedWithTheirClientCounts() {
        AccountProfile coach = accounts.create(Role.COACH);
        accounts.create(Role.MEMBER, coach.id());
        accounts.create(Role.MEMBER, coach.id());
        AccountProfile disabled = accounts.create(Role.COACH);
        accounts.disable(disabled.id());
        assertThat(admin.coaches()).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo(coach.id());
            assertThat(c.clientCount()).isEqualTo(2);
        }).noneSatisfy(c -> assertThat(c.id()).isEqualTo(disabled.id()));
    }

    @Test
    void onlyAdminsMayCallIt() {
        AccountProfile member = accounts.create(Role.MEMBER);
        for (Role role : List.of(Role.COACH, Role.MEMBER)) {
            TestAccounts.signIn(accounts.create(role));
            assertThatThrownBy(() -> admin.find(AccountFilter.ALL, PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> admin.count(AccountFilter.ALL)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> admin.create(new AccountDraft(uniqueUsername("x"), "X", Role.ADMIN, null, GOOD_PASSWORD)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> admin.setEnabled(member.id(), false)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> admin.resetPassword(member.id(), GOOD_PASSWORD)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> admin.createPasswordLink(member.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> admin.changeRole(member.id(), Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> admin.assignCoach(member.id(), null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> admin.assignCoachToAll(List.of(member.id()), 1L)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> admin.coaches()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(auditOf(member.id())).containsExactly("ACCOUNT_CREATED");
    }

    private String passwordHashOf(long id) {
        return jdbc.sql("select password_hash from account where id = ?").param(id).query(String.class).single();
    }

    private boolean sessionsRevoked(long id) {
        return jdbc.sql("select sessions_valid_after is not null from account where id = ?").param(id)
                .query(Boolean.class).single();
    }
}
