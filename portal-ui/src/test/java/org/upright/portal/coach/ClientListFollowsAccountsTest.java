package org.upright.portal.coach;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.upright.accounts.AccountAdminService;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.ProfileService;
import org.upright.kernel.Role;
import org.upright.portal.UprightApplication;
import org.upright.portal.testing.TestAccounts;
import org.upright.portal.testing.TrackerData;
import org.upright.tracker.cohort.ClientFilter;
import org.upright.tracker.cohort.ClientProgressRow;
import org.upright.tracker.cohort.CoachClientsService;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach's precomputed client list follows what the accounts module changes (it announces each
 * change, MemberChanged): a new member, a new name, another coach, a member who becomes a coach.
 */
@SpringBootTest(classes = UprightApplication.class)
class ClientListFollowsAccountsTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountAdminService admin;
    @Autowired
    ProfileService profiles;
    @Autowired
    CoachClientsService clients;
    @Autowired
    TrackerData tracker;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private List<String> namesSeenBy(AccountProfile coach) {
        TestAccounts.signIn(coach);
        try {
            return clients.clients(ClientFilter.ALL, PageRequest.of(0, 50)).stream()
                    .map(ClientProgressRow::displayName).toList();
        } finally {
            TestAccounts.signOut();
        }
    }

    @Test
    void namesCoachesAndRolesReachTheList() {
        AccountProfile first = accounts.create(Role.COACH);
        AccountProfile second = accounts.create(Role.COACH);
        AccountProfile member = accounts.create(Role.MEMBER, first.id());
        tracker.rate(member.id(), tracker.today(member.id()), 6);
        assertThat(namesSeenBy(first)).containsExactly(member.displayName());

        TestAccounts.signIn(member);
        profiles.changeDisplayName("Renamed Member");
        TestAccounts.signOut();
        assertThat(namesSeenBy(first)).containsExactly("Renamed Member");

        TestAccounts.signIn(accounts.create(Role.ADMIN));
        admin.assignCoach(member.id(), second.id());
        TestAccounts.signOut();
        assertThat(namesSeenBy(first)).isEmpty();
        assertThat(namesSeenBy(second)).containsExactly("Renamed Member");
        TestAccounts.signIn(second);
        assertThat(clients.client(member.id()).lastRatingScore()).isEqualTo(6);
        assertThat(clients.countTriage()).isZero();
        TestAccounts.signOut();

        TestAccounts.signIn(accounts.create(Role.ADMIN));
        admin.changeRole(member.id(), Role.COACH);
        TestAccounts.signOut();
        assertThat(namesSeenBy(second)).isEmpty();
    }
}
