package org.upright.accounts;

import org.upright.kernel.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an admin fills in to create an account. A null password means "send a one-time
 * set-password link instead"; a coach may be given for members only.
 */
public record AccountDraft(
        @NotBlank(message = "{accounts.validation.username.required}")
        @Size(min = 3, max = 64, message = "{accounts.validation.username.length}")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{accounts.validation.username.pattern}")
        String username,
        @NotBlank(message = "{accounts.validation.person-name.required}")
        @Size(max = 120, message = "{accounts.validation.name.length}")
        String displayName,
        @NotNull(message = "{accounts.validation.role.required}")
        Role role,
        Long coachId,
        String password) {

    @Override
    public String toString() {
        // never print the password
        return "AccountDraft[username=" + username + ", role=" + role + "]";
    }
}
