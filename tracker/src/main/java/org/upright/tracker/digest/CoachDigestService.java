package org.upright.tracker.digest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.Roles;
import org.upright.kernel.i18n.Wording;
import org.upright.kernel.mail.OutgoingMail;
import org.upright.kernel.member.CoachContacts;
import org.upright.kernel.member.MemberAccess;
import org.upright.kernel.validation.FieldChecks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** The signed-in coach's daily digest of new urgent alerts: on or off (opt-in, off by default). */
@Service
@PreAuthorize(Roles.IS_COACH)
public class CoachDigestService {

    /** When the digest goes out, in the coach's time zone. */
    public static final LocalTime SEND_AT = LocalTime.of(7, 0);

    private final MemberAccess access;
    private final CoachContacts coaches;
    private final OutgoingMail mail;
    private final CoachDigestTable table;
    private final Clock clock;

    CoachDigestService(MemberAccess access, CoachContacts coaches, OutgoingMail mail, CoachDigestTable table,
                       Clock clock) {
        this.access = access;
        this.coaches = coaches;
        this.mail = mail;
        this.table = table;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CoachDigestSettings settings() {
        CoachContacts.Coach me = me();
        CoachDigestTable.Choice choice = table.choice(me.id()).orElse(new CoachDigestTable.Choice(false, SEND_AT));
        return new CoachDigestSettings(choice.enabled(), choice.sendAt(), me.timeZone(), mail.available(),
                me.email() != null);
    }

    /**
     * Switches the digest on or off; on needs mail and an address (field "digest" says which is
     * missing). Alerts count from the moment it is switched on.
     */
    @Transactional
    public CoachDigestSettings choose(boolean enabled) {
        CoachContacts.Coach me = me();
        if (enabled) {
            new FieldChecks()
                    .require(mail.available(), "digest", Wording.text("tracker.digest.error.no-mail"))
                    .require(me.email() != null, "digest", Wording.text("tracker.digest.error.no-address"))
                    .throwIfAny();
        }
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(me.timeZone());
        LocalTime sendAt = table.choice(me.id()).map(CoachDigestTable.Choice::sendAt).orElse(SEND_AT);
        // switched on after today's time: the first digest is tomorrow's
        LocalDate sentToday = local.toLocalTime().isBefore(sendAt) ? null : local.toLocalDate();
        table.save(me.id(), enabled, me.timeZone(), now, sentToday);
        return settings();
    }

    private CoachContacts.Coach me() {
        long id = access.requireCurrentCoach();
        return coaches.coach(id).orElseThrow(() -> new IllegalStateException("No coach account " + id));
    }
}
