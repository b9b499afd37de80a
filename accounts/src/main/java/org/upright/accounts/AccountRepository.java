package org.upright.accounts;

import org.upright.kernel.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findByUsernameIgnoreCase(String username);

    @Query("select a from Account a where lower(a.email) = lower(:email)")
    Optional<Account> findByEmailIgnoreCase(String email);

    @Query("""
            select new org.upright.accounts.ClientSummary(a.id, a.username, a.displayName, a.enabled, a.createdAt)
            from Account a where a.id = :memberId and a.coach.id = :coachId
              and a.role = org.upright.kernel.Role.MEMBER""")
    Optional<ClientSummary> findClientOfCoach(long memberId, long coachId);

    @Query("""
            select new org.upright.accounts.RoleCount(a.role, count(a), sum(case when a.enabled then 1 else 0 end))
            from Account a group by a.role""")
    List<RoleCount> countByRole();

    String SEARCH_WHERE = """
            where (:role is null or a.role = :role)
              and (:enabled is null or a.enabled = :enabled)
              and (:text is null or lower(a.username) like :text escape '\\' or lower(a.displayName) like :text escape '\\')""";

    /** One page of the admin list; sort properties are JPQL paths on {@code a} (account) and {@code c} (its coach). */
    @Query("""
            select new org.upright.accounts.AccountRow(a.id, a.username, a.displayName, a.role, a.enabled,
                                                             c.id, c.displayName, a.createdAt)
            from Account a left join a.coach c
            """ + SEARCH_WHERE)
    List<AccountRow> search(Role role, Boolean enabled, String text, Pageable page);

    @Query("select count(a) from Account a " + SEARCH_WHERE)
    long countMatching(Role role, Boolean enabled, String text);

    @Query("""
            select new org.upright.accounts.CoachOption(c.id, c.username, c.displayName,
                   (select count(m) from Account m where m.coach = c and m.role = org.upright.kernel.Role.MEMBER))
            from Account c where c.role = org.upright.kernel.Role.COACH and c.enabled = true
            order by lower(c.displayName), c.id""")
    List<CoachOption> findEnabledCoaches();

    @Query("select count(m) from Account m where m.coach.id = :coachId and m.role = org.upright.kernel.Role.MEMBER")
    long countClientsOf(long coachId);

    List<Account> findByIdIn(Collection<Long> ids);
}
