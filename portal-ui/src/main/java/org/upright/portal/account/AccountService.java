package org.upright.portal.account;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.portal.security.CurrentUser;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts: who is signed in, a coach's clients, account counts for admins. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    /** The signed-in account; empty for anonymous requests or an account that no longer exists. */
    public Optional<AccountProfile> currentProfile() {
        return currentUser.username().flatMap(accounts::findByUsernameIgnoreCase).map(AccountProfile::of);
    }

    public AccountProfile requireCurrentProfile() {
        return currentProfile().orElseThrow(() -> new IllegalStateException("No signed-in account"));
    }

    /** The members assigned to the signed-in coach. */
    @PreAuthorize("hasRole('COACH')")
    public List<ClientSummary> myClients() {
        return accounts.findClientsOfCoach(requireCurrentProfile().id());
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

    /** Creates an account; used by the demo data and (later) by admins. Username must be free. */
    @Transactional
    public AccountProfile create(NewAccount request) {
        if (accounts.findByUsernameIgnoreCase(request.username()).isPresent()) {
            throw new IllegalArgumentException("The username '" + request.username() + "' is taken");
        }
        Account account = new Account(request.username(), request.displayName(),
                passwordEncoder.encode(request.password()), request.role());
        if (request.coachId() != null) {
            Account coach = accounts.findById(request.coachId())
                    .filter(c -> c.getRole() == Role.COACH)
                    .orElseThrow(() -> new IllegalArgumentException("No coach with id " + request.coachId()));
            account.setCoach(coach);
        }
        return AccountProfile.of(accounts.save(account));
    }

    public Optional<AccountProfile> findByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(AccountProfile::of);
    }
}
