package org.upright.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.upright.kernel.validation.EmailAddress;

/**
 * Whom a coach or an admin invites: name and e-mail address, and (admins only) the coach; a
 * coach's invitation always makes the member their own client.
 */
public record InvitationDraft(
        @NotBlank(message = "Enter the person's name")
        @Size(max = 120, message = "Use at most 120 characters")
        String displayName,
        @NotBlank(message = "Enter an e-mail address")
        @EmailAddress
        String email,
        Long coachId) {
}
