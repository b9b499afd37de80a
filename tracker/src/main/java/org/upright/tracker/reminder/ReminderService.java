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
import org.upright.kernel.validation.InvalidInputException;
import org.upright.tracker.push.PushNotifications;

/** The signed-in member's daily reminder: when, and whether rest days stay quiet. */
@Service
@PreAuthorize(Roles.IS_MEMBER)
public class ReminderService {

    private final MemberAccess access;
    private final MemberContacts contacts;
    private final OutgoingMail mail;
    private final ReminderTable table;
    private final PushNotifications push;

    ReminderService(MemberAccess access, MemberContacts contacts, OutgoingMail mail, ReminderTable table,
                    PushNotifications push) {
        this.access = access;
        this.contacts = contacts;
        this.mail = mail;
        this.table = table;
        this.push = push;
    }

    @Transactional(readOnly = true)
    public ReminderSettings settings() {
        Member me = access.requireCurrentMember();
        ReminderChoice choice = table.choice(me.id()).orElse(new ReminderChoice(null, false));
        return new ReminderSettings(choice.time(), choice.channel(), choice.skipRestDays(), mail.available(),
                contacts.emailAddress(me.id()).isPresent(), push.available(), push.devices(me.id()));
    }

    /**
     * Saves the choice; a time by e-mail needs mail and an address, as a notification a browser
     * that allowed them (field "time" says which is missing).
     * Choosing again counts as coming back: reminders that had gone quiet start again.
     */
    @Transactional
    public ReminderSettings choose(ReminderChoice choice) {
        Member me = access.requireCurrentMember();
        if (choice.time() != null && choice.channel() == null) {
            throw InvalidInputException.of("time", Wording.text("push.reminder.no-channel"));
        }
        if (choice.channel() == null) {
            choice = new ReminderChoice(null, choice.skipRestDays());
        }
        if (choice.time() != null && choice.channel().byPush()) {
            new FieldChecks()
                    .require(push.available(), "time", Wording.text("push.reminder.unavailable"))
                    .require(push.devices(me.id()) > 0, "time", Wording.text("push.reminder.no-device"))
                    .throwIfAny();
        }
        if (choice.time() != null && choice.channel().byEmail()) {
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
