package org.upright.portal.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
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
 * Feedback from a coach to a member. Coaches write to and read back only their own clients
 * (checked here through {@link AccountService#requireMyClient}); members read and mark only
 * their own messages.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackService {

    public static final int MAX_LENGTH = 1000;
    private static final Limit HISTORY = Limit.of(50);
    private static final Limit UNREAD = Limit.of(20);

    record Message(@NotBlank(message = "Write a message") @Size(max = MAX_LENGTH, message = "Keep it to " + MAX_LENGTH + " characters")
                   String message) {
    }

    private final FeedbackRepository feedback;
    private final AccountService accounts;
    private final InputValidator validator;
    private final Clock clock;

    FeedbackService(FeedbackRepository feedback, AccountService accounts, InputValidator validator, Clock clock) {
        this.clock = clock;
        this.feedback = feedback;
        this.accounts = accounts;
        this.validator = validator;
    }

    /** Sends a message to one of the signed-in coach's clients; field "message" carries any problem. */
    @Transactional
    @PreAuthorize("hasRole('COACH')")
    public FeedbackItem send(long memberId, String message) {
        accounts.requireMyClient(memberId);
        validator.requireValid(new Message(message));
        AccountProfile coach = accounts.requireCurrentProfile();
        String text = message.strip();
        Instant now = clock.instant();
        Feedback saved = feedback.save(new Feedback(memberId, coach.id(), text, now));
        return new FeedbackItem(saved.id(), memberId, coach.displayName(), text, now, null);
    }

    /** Recent messages to one of the signed-in coach's clients, newest first, read or not. */
    @PreAuthorize("hasRole('COACH')")
    public List<FeedbackItem> sentTo(long memberId) {
        accounts.requireMyClient(memberId);
        return feedback.findForMember(memberId, false, HISTORY);
    }

    /** The signed-in member's unread messages, newest first. */
    @PreAuthorize("hasRole('MEMBER')")
    public List<FeedbackItem> myUnread() {
        return feedback.findForMember(accounts.requireCurrentProfile().id(), true, UNREAD);
    }

    /** Marks one of the signed-in member's messages read; someone else's message is refused. */
    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public void markRead(long feedbackId) {
        long me = accounts.requireCurrentProfile().id();
        Feedback item = feedback.findById(feedbackId).filter(f -> f.memberId() == me)
                .orElseThrow(() -> new AccessDeniedException("Feedback " + feedbackId + " is not yours"));
        item.markRead(clock.instant());
    }
}
