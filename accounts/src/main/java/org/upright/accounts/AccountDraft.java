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
        @NotBlank(message = "Enter a username")
        @Size(min = 3, max = 64, message = "Use 3 to 64 characters")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "Use only letters, digits, dots, dashes and underscores")
        String username,
        @NotBlank(message = "Enter the person's name")
        @Size(max = 120, message = "Use at most 120 characters")
        String displayName,
        @NotNull(message = "Choose a role")
        Role role,
        Long coachId,
        String password) {

    @Override
    public String toString() {
        // never print the password
        return "AccountDraft[username=" + username + ", role=" + role + "]";
    }
}
