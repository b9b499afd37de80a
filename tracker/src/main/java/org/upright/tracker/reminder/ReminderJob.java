package org.upright.tracker.reminder;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.kernel.actor.Actors;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;
import org.upright.kernel.mail.MailMessage;
import org.upright.kernel.mail.MailNotSentException;
import org.upright.kernel.mail.OutgoingMail;
import org.upright.kernel.mail.PortalLinks;
import org.upright.kernel.member.Member;
import org.upright.kernel.member.MemberContacts;
import org.upright.kernel.member.MemberDirectory;
import org.upright.tracker.plan.TodayPlan;
import org.upright.tracker.plan.TodayPlans;
import org.upright.tracker.program.ProgramDays.Stage;
import org.upright.tracker.push.PushMessage;
import org.upright.tracker.push.PushNotifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sends the daily reminders: every few minutes ({@code upright.jobs.reminders.cron}, one node of
 * the cluster by ShedLock) each member whose chosen time has come today in their own time zone
 * gets one mail (in their language) with a link to the check-in (or a web push notification, or
 * both, as they chose), if today's check-in or today's routines are not
 * done. Never twice on one of their days (an atomic claim, so even two runs at once send one);
 * none on program rest days if they chose so; none after {@value #QUIET_AFTER} ignored in a row
 * until they come back (sign in, check in, or choose again).
 */
@Component
public class ReminderJob {

    public static final String LOCK = "daily-reminders";
    /** Reminders in a row without the member coming back, after which they hear nothing more. */
    public static final int QUIET_AFTER = 5;
    private static final int BATCH = 200;
    /** The page a notification opens, relative to the portal's root (the service worker's scope). */
    static final String CHECK_IN = "today#check-in";

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderTable table;
    private final TodayPlans plans;
    private final MemberDirectory members;
    private final MemberContacts contacts;
    private final OutgoingMail mail;
    private final PortalLinks pages;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final PushNotifications push;

    ReminderJob(ReminderTable table, TodayPlans plans, MemberDirectory members, MemberContacts contacts,
                OutgoingMail mail, PortalLinks pages, Clock clock, PlatformTransactionManager transactionManager,
                PushNotifications push) {
        this.table = table;
        this.plans = plans;
        this.members = members;
        this.contacts = contacts;
        this.mail = mail;
        this.pages = pages;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.push = push;
    }

    /**
     * The job's turn, on one node at a time. Returns nothing: ShedLock refuses to lock a method that
     * returns a primitive (it would have no value to return when another node holds the lock).
     */
    @Scheduled(cron = "${upright.jobs.reminders.cron:0 */5 * * * *}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void sendDueTurn() {
        sendDue();
    }

    /** Sends what is due now; returns how many reminders went out. */
    public int sendDue() {
        if (!mail.available() && !push.available()) {
            return 0;
        }
        Instant now = clock.instant();
        int sent = 0;
        long after = 0;
        while (true) {
            List<ReminderTable.Due> due = table.due(now, after, BATCH);
            if (due.isEmpty()) {
                break;
            }
            for (ReminderTable.Due member : due) {
                sent += Actors.callAsSystem(() -> remind(member, now)) ? 1 : 0;
            }
            after = due.getLast().memberId();
        }
        if (sent > 0) {
            log.info("Daily reminders: {} sent", sent);
        }
        return sent;
    }

    private boolean remind(ReminderTable.Due due, Instant now) {
        int ignored = due.cameBack() ? 0 : due.ignoredInRow();
        if (ignored >= QUIET_AFTER) {
            return false;
        }
        Optional<TodayPlan> plan = plans.of(due.memberId(), due.localDay());
        List<String> open = plan.filter(p -> p.stage() == Stage.ACTIVE).stream()
                .flatMap(p -> p.routines().stream()).filter(r -> !r.done()).map(TodayPlan.PlannedRoutine::title).toList();
        boolean restDay = plan.filter(p -> p.stage() == Stage.ACTIVE && p.routines().isEmpty()).isPresent();
        if ((restDay && due.skipRestDays()) || (due.checkedIn() && open.isEmpty())) {
            return false;
        }
        Optional<Member> member = members.find(due.memberId());
        Optional<String> to = due.channel().byEmail() && mail.available()
                ? contacts.emailAddress(due.memberId()) : Optional.empty();
        boolean byPush = due.channel().byPush() && push.available() && push.devices(due.memberId()) > 0;
        if (member.isEmpty() || (to.isEmpty() && !byPush)) {
            return false;
        }
        Boolean claimed = transactions.execute(tx -> table.claim(due.memberId(), due.localDay(), now, ignored + 1));
        if (!Boolean.TRUE.equals(claimed)) {
            return false;
        }
        boolean reached = false;
        if (to.isPresent()) {
            try {
                mail.send(message(member.get(), to.get(), due.checkedIn(), open));
                reached = true;
            } catch (MailNotSentException e) {
                log.warn("A reminder could not be sent, it is tried again next run: {}", e.getMessage());
            }
        }
        if (byPush) {
            reached |= push.send(due.memberId(), language -> notification(language, due.checkedIn(), open)) > 0;
        }
        if (!reached) {
            transactions.executeWithoutResult(tx -> table.release(due));
        }
        return reached;
    }

    /** The push notification's words, in the language of the browser it goes to; a tap opens the check-in. */
    static PushMessage notification(Language language, boolean checkedIn, List<String> openRoutines) {
        return checkedIn
                ? new PushMessage(Wording.text(language, "push.reminder.routine.title"),
                        Wording.text(language, "push.reminder.routine.body", String.join(", ", openRoutines)), CHECK_IN)
                : new PushMessage(Wording.text(language, "push.reminder.check-in.title"),
                        Wording.text(language, "push.reminder.check-in.body", openRoutines.size()), CHECK_IN);
    }

    /** The reminder in the member's own language (their profile's choice, English without one). */
    private MailMessage message(Member member, String to, boolean checkedIn, List<String> openRoutines) {
        Language language = contacts.language(member.id());
        StringBuilder todo = new StringBuilder();
        if (!checkedIn) {
            todo.append(Wording.text(language, "tracker.reminder.mail.todo.check-in")).append('\n');
        }
        for (String routine : openRoutines) {
            todo.append(Wording.text(language, "tracker.reminder.mail.todo.routine", routine)).append('\n');
        }
        return new MailMessage(to,
                Wording.text(language, checkedIn ? "tracker.reminder.mail.subject.routine" : "tracker.reminder.mail.subject.check-in"),
                Wording.text(language, "tracker.reminder.mail.body", member.displayName(), todo.toString(), pages.checkIn()));
    }
}
