package org.upright.tracker.reminder;

import org.upright.tracker.testing.TwoNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.content.program.ProgramDay;
import org.upright.content.program.ProgramView;
import org.upright.content.routine.RoutineRef;
import org.upright.kernel.Role;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.mail.MailMessage;
import org.upright.kernel.member.MemberCameBack;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.program.ProgramSchedule;
import org.upright.tracker.push.FakePushService;
import org.upright.tracker.testing.InMemoryProgramCatalog;
import org.upright.tracker.testing.InMemoryProgramSchedules;
import org.upright.tracker.testing.Members;
import org.upright.tracker.testing.RecordingMail;
import org.upright.tracker.testing.SettableClock;
import org.upright.tracker.testing.SignedIn;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The daily reminder with a moved clock. Members live in Berlin (UTC+1 in March) and chose 18:00,
 * which is 17:00 UTC; the clock starts at 2026-03-15T12:00Z. The program has a routine on odd
 * days and rests on even ones, and starts on the 15th (day 1).
 */
@SpringBootTest
class ReminderJobTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final Instant SIX_PM_BERLIN = Instant.parse("2026-03-15T17:00:00Z");
    static final long PROGRAM = 9150;
    static final long ROUTINE = 7150;

    @Autowired
    ReminderJob job;
    @Autowired
    ReminderService reminders;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    Members members;
    @Autowired
    SignedIn signedIn;
    @Autowired
    SettableClock clock;
    @Autowired
    RecordingMail mail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationEventPublisher events;

    @BeforeAll
    static void program(@Autowired InMemoryProgramCatalog catalog, @Autowired InMemoryProgramSchedules schedules) {
        RoutineRef routine = new RoutineRef(ROUTINE, "reminder-routine", "Wall press", 300);
        List<ProgramDay> days = new ArrayList<>();
        Map<Integer, List<Long>> daily = new java.util.HashMap<>();
        for (int day = 1; day <= 14; day += 2) {
            days.add(new ProgramDay(day, List.of(routine)));
            daily.put(day, List.of(ROUTINE));
        }
        catalog.add(new ProgramView(PROGRAM, "reminder-program", "Reminder program", "Test", 2, days, List.of(),
                Instant.parse("2026-01-01T00:00:00Z")));
        schedules.add(new ProgramSchedule(PROGRAM, "Reminder program", 2, daily));
    }

    @BeforeEach
    void quietTable() {
        // other tests' members must not be due at these times
        jdbc.sql("update reminder_setting set remind_at = null").update();
    }

    @AfterEach
    void reset() {
        signedIn.signOut();
        clock.reset();
        mail.reset();
    }

    /** A member in Berlin with an address who chose 18:00 through their own service. */
    private Reminded member(boolean skipRestDays) {
        long id = members.create("Europe/Berlin");
        String email = members.giveEmail(id);
        signedIn.as(Role.MEMBER, id);
        reminders.choose(new ReminderChoice(LocalTime.of(18, 0), skipRestDays));
        signedIn.signOut();
        return new Reminded(id, email);
    }

    record Reminded(long id, String email) {
    }

    private int runAt(Instant at) {
        clock.set(at);
        return job.sendDue();
    }

    @Test
    void aMemberWhoChoseGermanGetsTheReminderInGermanWhateverTheJobRunsIn() {
        Reminded anna = member(false);
        members.setLanguage(anna.id(), Language.GERMAN);

        assertThat(runAt(SIX_PM_BERLIN)).isEqualTo(1);
        MailMessage sent = mail.sentTo(anna.email()).getFirst();
        assertThat(sent.subject()).isEqualTo("Ihr täglicher Check-in");
        assertThat(sent.text()).contains("heute noch zu tun:").contains("Ihr Check-in: Wie stark schmerzt Ihr Rücken heute?")
                .contains(RecordingMail.PORTAL + "/today#check-in").doesNotContain("still to do");
    }

    @Test
    void oneReminderAtTheChosenTimeInTheMembersZoneAndNotTwiceThatDay() {
        Reminded anna = member(false);

        assertThat(runAt(SIX_PM_BERLIN.minus(Duration.ofMinutes(5)))).as("17:55 in Berlin").isZero();
        assertThat(runAt(SIX_PM_BERLIN)).isEqualTo(1);
        List<MailMessage> sent = mail.sentTo(anna.email());
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().subject()).isEqualTo("Your daily check-in");
        assertThat(sent.getFirst().text()).contains(RecordingMail.PORTAL + "/today#check-in")
                .contains("your check-in");

        assertThat(runAt(SIX_PM_BERLIN.plus(Duration.ofMinutes(5)))).isZero();
        assertThat(runAt(SIX_PM_BERLIN.plus(Duration.ofHours(6)).minus(Duration.ofMinutes(1)))).as("23:59 in Berlin").isZero();
        assertThat(mail.sentTo(anna.email())).hasSize(1);

        assertThat(runAt(SIX_PM_BERLIN.plus(Duration.ofDays(1)))).as("the next day").isEqualTo(1);
        assertThat(mail.sentTo(anna.email())).hasSize(2);
    }

    @Test
    void nothingIsSentWhenTodaysCheckInAndRoutineAreDone() {
        Reminded noProgram = member(false);
        members.rate(noProgram.id(), TODAY, 3);

        Reminded routineOpen = member(false);
        enrollments.enroll(routineOpen.id(), PROGRAM, TODAY);
        members.rate(routineOpen.id(), TODAY, 3);

        Reminded allDone = member(false);
        enrollments.enroll(allDone.id(), PROGRAM, TODAY);
        members.rate(allDone.id(), TODAY, 3);
        members.session(allDone.id(), TODAY, ROUTINE, 3, 2);

        assertThat(runAt(SIX_PM_BERLIN)).isEqualTo(1);
        assertThat(mail.sentTo(noProgram.email())).isEmpty();
        assertThat(mail.sentTo(allDone.email())).isEmpty();
        assertThat(mail.sentTo(routineOpen.email())).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Today's routine is waiting");
            assertThat(m.text()).contains("\"Wall press\"").doesNotContain("your check-in");
        });
    }

    @Test
    void restDaysStayQuietForMembersWhoChoseSo() {
        Reminded quietOnRest = member(true);
        Reminded always = member(false);
        enrollments.enroll(quietOnRest.id(), PROGRAM, TODAY.minusDays(1));
        enrollments.enroll(always.id(), PROGRAM, TODAY.minusDays(1));

        // the 15th is day 2: a rest day
        assertThat(runAt(SIX_PM_BERLIN)).isEqualTo(1);
        assertThat(mail.sentTo(quietOnRest.email())).isEmpty();
        assertThat(mail.sentTo(always.email())).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("your check-in").doesNotContain("Wall press"));

        // the 16th is day 3: the routine again
        runAt(SIX_PM_BERLIN.plus(Duration.ofDays(1)));
        assertThat(mail.sentTo(quietOnRest.email())).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Wall press"));
    }

    @Test
    void fiveIgnoredRemindersInARowAndThenQuietUntilTheMemberComesBack() {
        Reminded ignoring = member(false);
        for (int day = 0; day < 5; day++) {
            runAt(SIX_PM_BERLIN.plus(Duration.ofDays(day)));
        }
        assertThat(mail.sentTo(ignoring.email())).hasSize(5);

        runAt(SIX_PM_BERLIN.plus(Duration.ofDays(5)));
        runAt(SIX_PM_BERLIN.plus(Duration.ofDays(6)));
        assertThat(mail.sentTo(ignoring.email())).as("quiet after five ignored").hasSize(5);

        events.publishEvent(new MemberCameBack(ignoring.id()));
        runAt(SIX_PM_BERLIN.plus(Duration.ofDays(7)));
        assertThat(mail.sentTo(ignoring.email())).as("signed in: reminders again").hasSize(6);
    }

    @Test
    void aCheckInAfterAReminderCountsAsComingBack() {
        Reminded member = member(false);
        for (int day = 0; day < 5; day++) {
            runAt(SIX_PM_BERLIN.plus(Duration.ofDays(day)));
        }
        // the evening of the fifth reminder the member checks in after all
        members.rate(member.id(), TODAY.plusDays(4), 4);
        runAt(SIX_PM_BERLIN.plus(Duration.ofDays(5)));
        assertThat(mail.sentTo(member.email())).hasSize(6);
        assertThat(jdbc.sql("select ignored_in_row from reminder_setting where member_id = ?").param(member.id())
                .query(Integer.class).single()).as("counting again from this one").isEqualTo(1);
    }

    @Test
    void twoNodesRunningTheJobTogetherSendOneReminder() throws Exception {
        Reminded member = member(false);
        clock.set(SIX_PM_BERLIN);
        TwoNodes.underLock(dataSource, ReminderJob.LOCK, job::sendDue);
        assertThat(mail.sentTo(member.email())).hasSize(1);
    }

    @Test
    void evenWithoutTheLockTwoRunsAtOnceClaimEachReminderOnce() throws Exception {
        List<Reminded> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(member(false));
        }
        clock.set(SIX_PM_BERLIN);
        java.util.concurrent.atomic.AtomicInteger total = new java.util.concurrent.atomic.AtomicInteger();
        TwoNodes.unlocked(() -> total.addAndGet(job.sendDue()));
        assertThat(total.get()).isEqualTo(10);
        assertThat(many).allSatisfy(m -> assertThat(mail.sentTo(m.email())).hasSize(1));
    }

    @Test
    void aMailTheServerRefusedIsTriedAgainNextRun() {
        Reminded member = member(false);
        mail.setFailing(true);
        assertThat(runAt(SIX_PM_BERLIN)).isZero();
        mail.setFailing(false);
        assertThat(runAt(SIX_PM_BERLIN.plus(Duration.ofMinutes(5)))).isEqualTo(1);
        assertThat(mail.sentTo(member.email())).hasSize(1);
        assertThat(jdbc.sql("select ignored_in_row from reminder_setting where member_id = ?").param(member.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aReminderTimeNeedsMailAndAnAddress() {
        long noAddress = members.create("Europe/Berlin");
        signedIn.as(Role.MEMBER, noAddress);
        assertThatThrownBy(() -> reminders.choose(new ReminderChoice(LocalTime.of(8, 0), false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("time", "Add your e-mail address first: reminders go by e-mail"));
        assertThat(reminders.choose(new ReminderChoice(null, true)).time()).isNull();

        members.giveEmail(noAddress);
        mail.setAvailable(false);
        assertThat(reminders.settings().deliverable()).isFalse();
        assertThatThrownBy(() -> reminders.choose(new ReminderChoice(LocalTime.of(8, 0), false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("time", "This portal sends no mail, so it cannot send reminders"));

        mail.setAvailable(true);
        ReminderSettings saved = reminders.choose(new ReminderChoice(LocalTime.of(8, 0, 42), true));
        assertThat(saved.time()).isEqualTo(LocalTime.of(8, 0));
        assertThat(saved.skipRestDays()).isTrue();
        assertThat(saved.deliverable()).isTrue();
        assertThat(reminders.settings()).isEqualTo(saved);
    }

    @Test
    void aMemberMovingToAnotherZoneIsRemindedAtTheirNewEvening() {
        Reminded mover = member(false);
        jdbc.sql("update account set time_zone = 'America/New_York' where id = ?").param(mover.id()).update();
        members.announce(mover.id());
        assertThat(runAt(SIX_PM_BERLIN)).isZero();
        // 18:00 in New York (UTC-4 after the 8th of March) is 22:00 UTC
        assertThat(runAt(Instant.parse("2026-03-15T22:00:00Z"))).isEqualTo(1);
        assertThat(mail.sentTo(mover.email())).hasSize(1);
    }

    @Test
    void aMemberWhoChoseNotificationsGetsOneAtTheirTimeInTheirLanguageAndNoMail() throws Exception {
        try (FakePushService pushService = FakePushService.start()) {
            long id = members.create("Europe/Berlin");
            FakePushService.Browser phone = pushService.browser().subscribeFor(jdbc, id, Language.GERMAN);
            signedIn.as(Role.MEMBER, id);
            ReminderSettings chosen = reminders.choose(new ReminderChoice(LocalTime.of(18, 0), false, ReminderChannel.PUSH));
            signedIn.signOut();
            assertThat(chosen.deliverable()).as("no e-mail address needed").isTrue();

            assertThat(runAt(SIX_PM_BERLIN.minus(Duration.ofMinutes(5)))).as("17:55 in Berlin").isZero();
            assertThat(runAt(SIX_PM_BERLIN)).isEqualTo(1);
            assertThat(runAt(SIX_PM_BERLIN.plus(Duration.ofMinutes(5)))).as("not twice a day").isZero();
            List<FakePushService.Received> got = pushService.receivedAt(phone.endpoint());
            assertThat(got).hasSize(1);
            assertThat(phone.decrypt(got.getFirst().body())).contains("\"title\":\"Ihr täglicher Check-in\"")
                    .contains("Rückenschmerzen").contains("\"url\":\"today#check-in\"");

            members.rate(id, TODAY.plusDays(1), 3);
            assertThat(runAt(SIX_PM_BERLIN.plus(Duration.ofDays(1)))).as("checked in: nothing to remind").isZero();
            assertThat(runAt(SIX_PM_BERLIN.plus(Duration.ofDays(2)))).isEqualTo(1);
            assertThat(pushService.receivedAt(phone.endpoint())).hasSize(2);
        }
    }

    @Test
    void bothChannelsSendAMailAndANotificationAndFiveIgnoredQuietBoth() throws Exception {
        try (FakePushService pushService = FakePushService.start()) {
            Reminded member = member(false);
            FakePushService.Browser laptop = pushService.browser().subscribeFor(jdbc, member.id(), Language.ENGLISH);
            signedIn.as(Role.MEMBER, member.id());
            reminders.choose(new ReminderChoice(LocalTime.of(18, 0), false, ReminderChannel.BOTH));
            signedIn.signOut();
            for (int day = 0; day < 7; day++) {
                runAt(SIX_PM_BERLIN.plus(Duration.ofDays(day)));
            }
            assertThat(mail.sentTo(member.email())).hasSize(5);
            assertThat(pushService.receivedAt(laptop.endpoint())).hasSize(5);
            assertThat(laptop.decrypt(pushService.receivedAt(laptop.endpoint()).getFirst().body()))
                    .contains("Your daily check-in");
        }
    }

    @Test
    void aBrowserThePushServiceSaysIsGoneIsDroppedAndTheMemberHearsNothingMore() throws Exception {
        try (FakePushService pushService = FakePushService.start()) {
            long id = members.create("Europe/Berlin");
            FakePushService.Browser phone = pushService.browser().subscribeFor(jdbc, id, Language.ENGLISH);
            signedIn.as(Role.MEMBER, id);
            reminders.choose(new ReminderChoice(LocalTime.of(18, 0), false, ReminderChannel.PUSH));
            signedIn.signOut();
            pushService.answer(410);
            assertThat(runAt(SIX_PM_BERLIN)).isZero();
            assertThat(jdbc.sql("select count(*) from push_subscription where member_id = ?").param(id)
                    .query(Integer.class).single()).isZero();
            pushService.answer(201);
            assertThat(runAt(SIX_PM_BERLIN.plus(Duration.ofMinutes(5)))).isZero();
            assertThat(pushService.receivedAt(phone.endpoint())).hasSize(1);
        }
    }

    @Test
    void notificationsNeedABrowserThatAllowedThem() {
        long id = members.create("Europe/Berlin");
        signedIn.as(Role.MEMBER, id);
        assertThatThrownBy(() -> reminders.choose(new ReminderChoice(LocalTime.of(8, 0), false, ReminderChannel.PUSH)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("time", "Allow notifications on this device first"));
    }

}
