package org.upright.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.upright.kernel.validation.EmailAddress;

/**
 * Whom a coach or an admin invites: name and e-mail address, and (admins only) the coach; a
 * coach's invitation always makes the member their own client.
 */
public record InvitationDraft(
        @NotBlank(message = "{accounts.validation.person-name.required}")
        @Size(max = 120, message = "{accounts.validation.name.length}")
        String displayName,
        @NotBlank(message = "{accounts.validation.email.required}")
        @EmailAddress
        String email,
        Long coachId) {
}
