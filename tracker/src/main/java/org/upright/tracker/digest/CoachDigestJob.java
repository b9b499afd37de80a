package org.upright.tracker.digest;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;
import org.upright.kernel.mail.MailMessage;
import org.upright.kernel.mail.MailNotSentException;
import org.upright.kernel.mail.OutgoingMail;
import org.upright.kernel.mail.PortalLinks;
import org.upright.kernel.member.CoachContacts;
import org.upright.kernel.text.Dates;
import org.upright.tracker.cohort.RaisedAlerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Sends the coaches' daily digests: every few minutes ({@code upright.jobs.coach-digest.cron}, one
 * node of the cluster by ShedLock) each coach who switched it on and whose time has come today in
 * their own time zone gets one mail listing their clients' urgent alerts raised since the last
 * digest, with a link to each client's page; no mail when there are none. Never twice on one of
 * their days (an atomic claim, so even two runs at once send one). Written in the coach's
 * language (English when they follow their browser).
 */
@Component
public class CoachDigestJob {

    public static final String LOCK = "coach-digest";
    private static final int BATCH = 200;
    /**
     * Alerts raised in the last moments before a run may still be in a write's open transaction;
     * they wait for the next digest rather than be missed by this one.
     */
    static final Duration SETTLE = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(CoachDigestJob.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CoachDigestTable table;
    private final RaisedAlerts alerts;
    private final CoachContacts coaches;
    private final OutgoingMail mail;
    private final PortalLinks pages;
    private final Clock clock;
    private final TransactionTemplate transactions;

    CoachDigestJob(CoachDigestTable table, RaisedAlerts alerts, CoachContacts coaches, OutgoingMail mail,
                   PortalLinks pages, Clock clock, PlatformTransactionManager transactionManager) {
        this.table = table;
        this.alerts = alerts;
        this.coaches = coaches;
        this.mail = mail;
        this.pages = pages;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * The job's turn, on one node at a time. Returns nothing: ShedLock refuses to lock a method that
     * returns a primitive (it would have no value to return when another node holds the lock).
     */
    @Scheduled(cron = "${upright.jobs.coach-digest.cron:0 */5 * * * *}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void sendDueTurn() {
        sendDue();
    }

    /** Sends the digests due now; returns how many mails went out. */
    public int sendDue() {
        if (!mail.available()) {
            return 0;
        }
        // the database keeps microseconds: the claim compares what it stored
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int sent = 0;
        long after = 0;
        while (true) {
            List<CoachDigestTable.Due> due = table.due(now, after, BATCH);
            if (due.isEmpty()) {
                break;
            }
            for (CoachDigestTable.Due coach : due) {
                sent += digest(coach, now) ? 1 : 0;
            }
            after = due.getLast().coachId();
        }
        if (sent > 0) {
            log.info("Coach digests: {} sent", sent);
        }
        return sent;
    }

    private boolean digest(CoachDigestTable.Due due, Instant now) {
        Optional<CoachContacts.Coach> found = coaches.coach(due.coachId());
        if (found.isPresent() && !found.get().timeZone().equals(due.zone())) {
            // the coach moved: their morning is another moment, the next run asks again
            transactions.executeWithoutResult(tx -> table.moveZone(due.coachId(), found.get().timeZone()));
            return false;
        }
        Instant upTo = now.minus(SETTLE);
        if (!upTo.isAfter(due.alertsSince())) {
            upTo = due.alertsSince();
        }
        Instant until = upTo;
        List<RaisedAlerts.Raised> news = alerts.urgentRaised(due.coachId(), due.alertsSince(), until);
        Boolean claimed = transactions.execute(tx -> table.claim(due, now, until));
        if (!Boolean.TRUE.equals(claimed) || news.isEmpty() || found.isEmpty() || found.get().email() == null) {
            return false;
        }
        try {
            mail.send(message(found.get(), news));
            return true;
        } catch (MailNotSentException e) {
            log.warn("A coach digest could not be sent, it is tried again next run: {}", e.getMessage());
            transactions.executeWithoutResult(tx -> table.release(due, until));
            return false;
        }
    }

    private MailMessage message(CoachContacts.Coach coach, List<RaisedAlerts.Raised> news) {
        Language language = coach.language() == null ? Language.ENGLISH : coach.language();
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        // Dates and Wording follow the job's language: the coach's, while this mail is written
        LocaleContextHolder.setLocale(language.locale());
        try {
            StringBuilder lines = new StringBuilder();
            for (RaisedAlerts.Raised alert : news) {
                String days = alert.from() == null || alert.from().equals(alert.to())
                        ? Dates.day(alert.to())
                        : Wording.text("tracker.digest.days", Dates.day(alert.from()), Dates.day(alert.to()));
                lines.append(Wording.text("tracker.digest.line", alert.memberName(),
                        Wording.text("tracker.digest.kind." + alert.kind().name()), days,
                        pages.client(alert.memberId()))).append('\n');
            }
            String text = Wording.text("tracker.digest.greeting", coach.displayName()) + "\n\n"
                    + Wording.text("tracker.digest.intro", news.size()) + "\n\n"
                    + lines + "\n"
                    + Wording.text("tracker.digest.triage", pages.triage()) + "\n\n"
                    + Wording.text("tracker.digest.footer", TIME.format(CoachDigestService.SEND_AT),
                    coach.timeZone().getId().replace('_', ' ')) + "\n";
            return new MailMessage(coach.email(), Wording.text("tracker.digest.subject", news.size()), text);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }
}
