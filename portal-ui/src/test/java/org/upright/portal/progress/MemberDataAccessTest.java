package org.upright.portal.progress;

import org.upright.kernel.member.MemberAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class MemberDataAccessTest {

    @Autowired
    MemberAccess access;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aMemberReadsOnlyTheirOwnData() {
        AccountProfile me = accounts.create(Role.MEMBER);
        AccountProfile other = accounts.create(Role.MEMBER);
        TestAccounts.signIn(me);
        assertThat(access.requireReadable(me.id()).displayName()).isEqualTo(me.displayName());
        assertThatThrownBy(() -> access.requireReadable(other.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCoachReadsOnlyAssignedClients() {
        AccountProfile coach = accounts.create(Role.COACH);
        AccountProfile otherCoach = accounts.create(Role.COACH);
        AccountProfile client = accounts.create(Role.MEMBER, coach.id());
        AccountProfile notMine = accounts.create(Role.MEMBER, otherCoach.id());
        AccountProfile unassigned = accounts.create(Role.MEMBER);
        TestAccounts.signIn(coach);
        assertThatCode(() -> access.requireReadable(client.id())).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireReadable(notMine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.requireReadable(unassigned.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.requireCurrentMember()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdminReadsEveryMemberButNoOtherAccountsAsMembers() {
        AccountProfile admin = accounts.create(Role.ADMIN);
        AccountProfile member = accounts.create(Role.MEMBER);
        AccountProfile coach = accounts.create(Role.COACH);
        TestAccounts.signIn(admin);
        assertThatCode(() -> access.requireReadable(member.id())).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireReadable(coach.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.requireReadable(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInReadsNothing() {
        AccountProfile member = accounts.create(Role.MEMBER);
        assertThatThrownBy(() -> access.requireReadable(member.id())).isInstanceOf(AccessDeniedException.class);
    }
}
