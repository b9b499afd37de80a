package org.upright.portal.coach;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.AccountService;
import org.upright.kernel.validation.InputValidator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Private coach notes about a member. Only the member's current coach reads or writes them
 * (notes of an earlier coach pass on with the member); members never see them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('COACH')")
public class CoachNoteService {

    public static final int MAX_LENGTH = 2000;
    private static final Limit RECENT = Limit.of(100);

    record Note(@NotBlank(message = "Write the note") @Size(max = MAX_LENGTH, message = "Keep it to " + MAX_LENGTH + " characters")
                String body) {
    }

    private final CoachNoteRepository notes;
    private final AccountService accounts;
    private final InputValidator validator;
    private final Clock clock;

    CoachNoteService(CoachNoteRepository notes, AccountService accounts, InputValidator validator, Clock clock) {
        this.clock = clock;
        this.notes = notes;
        this.accounts = accounts;
        this.validator = validator;
    }

    /** Adds a note about one of the signed-in coach's clients; field "body" carries any problem. */
    @Transactional
    public CoachNoteItem add(long memberId, String body) {
        accounts.requireMyClient(memberId);
        validator.requireValid(new Note(body));
        AccountProfile coach = accounts.requireCurrentProfile();
        String text = body.strip();
        Instant now = clock.instant();
        CoachNote saved = notes.save(new CoachNote(memberId, coach.id(), text, now));
        return new CoachNoteItem(saved.id(), memberId, coach.displayName(), text, now);
    }

    /** The most recent notes about one of the signed-in coach's clients, newest first. */
    public List<CoachNoteItem> list(long memberId) {
        accounts.requireMyClient(memberId);
        return notes.findForMember(memberId, RECENT);
    }
}
