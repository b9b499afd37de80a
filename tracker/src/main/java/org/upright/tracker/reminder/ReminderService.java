package org.upright.tracker.reminder;

import org.upright.kernel.i18n.Wording;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.Roles;
import org.upright.kernel.mail.OutgoingMail;
import org.upright.kernel.member.Member;
import org.upright.kernel.member.MemberAccess;
import org.upright.kernel.member.MemberContacts;
import org.upright.kernel.validation.FieldChecks;

/** The signed-in member's daily reminder: when, and whether rest days stay quiet. */
@Service
@PreAuthorize(Roles.IS_MEMBER)
public class ReminderService {

    private final MemberAccess access;
    private final MemberContacts contacts;
    private final OutgoingMail mail;
    private final ReminderTable table;

    ReminderService(MemberAccess access, MemberContacts contacts, OutgoingMail mail, ReminderTable table) {
        this.access = access;
        this.contacts = contacts;
        this.mail = mail;
        this.table = table;
    }

    @Transactional(readOnly = true)
    public ReminderSettings settings() {
        Member me = access.requireCurrentMember();
        ReminderChoice choice = table.choice(me.id()).orElse(new ReminderChoice(null, false));
        return new ReminderSettings(choice.time(), ReminderChannel.EMAIL, choice.skipRestDays(), mail.available(),
                contacts.emailAddress(me.id()).isPresent());
    }

    /**
     * Saves the choice; a time needs mail and an address (field "time" says which is missing).
     * Choosing again counts as coming back: reminders that had gone quiet start again.
     */
    @Transactional
    public ReminderSettings choose(ReminderChoice choice) {
        Member me = access.requireCurrentMember();
        if (choice.time() != null) {
            new FieldChecks()
                    .require(mail.available(), "time", Wording.text("tracker.reminder.no-mail"))
                    .require(contacts.emailAddress(me.id()).isPresent(), "time",
                            Wording.text("tracker.reminder.no-address"))
                    .throwIfAny();
        }
        table.save(me, choice);
        return settings();
    }
}
