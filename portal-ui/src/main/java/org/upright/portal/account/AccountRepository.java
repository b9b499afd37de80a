package org.upright.portal.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findByUsernameIgnoreCase(String username);

    @Query("""
            select new org.upright.portal.account.ClientSummary(a.id, a.username, a.displayName, a.enabled, a.createdAt)
            from Account a where a.coach.id = :coachId and a.role = org.upright.portal.account.Role.MEMBER
            order by lower(a.displayName)""")
    List<ClientSummary> findClientsOfCoach(long coachId);

    @Query("""
            select new org.upright.portal.account.RoleCount(a.role, count(a), sum(case when a.enabled then 1 else 0 end))
            from Account a group by a.role""")
    List<RoleCount> countByRole();
}
