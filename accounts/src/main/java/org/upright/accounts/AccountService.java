package org.upright.accounts;

import org.upright.kernel.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.actor.Actors;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Accounts: who is signed in, whether a member is the signed-in coach's client, account counts for admins. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccountCreator creator;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AccountCreator creator) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.creator = creator;
    }

    /** The signed-in account; empty for anonymous requests or an account that no longer exists. */
    public Optional<AccountProfile> currentProfile() {
        return Actors.signedInUsername().flatMap(accounts::findByUsernameIgnoreCase).map(AccountProfile::of);
    }

    public AccountProfile requireCurrentProfile() {
        return currentProfile().orElseThrow(() -> new IllegalStateException("No signed-in account"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Map<Role, RoleCount> countsByRole() {
        Map<Role, RoleCount> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, new RoleCount(role, 0, 0));
        }
        accounts.countByRole().forEach(c -> counts.put(c.role(), c));
        return counts;
    }

    /**
     * Creates an account without the password rules: for start-up tasks (demo data) and tests,
     * never reachable from a screen. Admins create accounts through {@link AccountAdminService}.
     * Audited (as "system" when no one is signed in). Username must be free.
     */
    @Transactional
    public AccountProfile create(NewAccount request) {
        Account account = creator.insert(request.username(), request.displayName(),
                passwordEncoder.encode(request.password()), request.role(), request.coachId());
        account.setEmail(request.email());
        return AccountProfile.of(account);
    }

    /**
     * One of the signed-in coach's own clients. Every coach-side service asks this first, so a
     * coach can never reach another coach's member.
     *
     * @throws AccessDeniedException when the member does not exist or is not assigned to this coach
     */
    @PreAuthorize("hasRole('COACH')")
    public ClientSummary requireMyClient(long memberId) {
        return accounts.findClientOfCoach(memberId, requireCurrentProfile().id())
                .orElseThrow(() -> new AccessDeniedException("Member " + memberId + " is not your client"));
    }

    public Optional<AccountProfile> findByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(AccountProfile::of);
    }
}
