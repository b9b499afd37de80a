package org.upright.tracker.digest;

import org.upright.tracker.testing.TwoNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.kernel.Role;
import org.upright.kernel.mail.MailMessage;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.tracker.testing.Members;
import org.upright.tracker.testing.RecordingMail;
import org.upright.tracker.testing.SettableClock;
import org.upright.tracker.testing.SignedIn;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The coach's daily digest with a moved clock. The coach lives in Berlin (UTC+1 in March), so the
 * digest's 07:00 is 06:00 UTC; they switch it on at 2026-03-15T12:00Z (13:00 in Berlin, past
 * today's time: the first digest is the next morning's).
 */
@SpringBootTest
class CoachDigestJobTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final Instant SWITCHED_ON = Instant.parse("2026-03-15T12:00:00Z");
    static final Instant SEVEN_AM_BERLIN_NEXT_DAY = Instant.parse("2026-03-16T06:00:00Z");

    @Autowired
    CoachDigestJob job;
    @Autowired
    CoachDigestService digests;
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

    @BeforeEach
    void quietTable() {
        // other tests' coaches must not be due at these times
        jdbc.sql("update coach_digest_setting set enabled = false").update();
    }

    @AfterEach
    void reset() {
        signedIn.signOut();
        clock.reset();
        mail.reset();
    }

    record Coach(long id, String email) {
    }

    /** A coach in Berlin with an address who switched the digest on through their own service. */
    private Coach coach(String language) {
        long id = members.createCoach("Dana Coach");
        jdbc.sql("update account set time_zone = 'Europe/Berlin', language = ? where id = ?").params(language, id).update();
        String email = members.giveEmail(id);
        clock.set(SWITCHED_ON);
        signedIn.as(Role.COACH, id);
        assertThat(digests.choose(true).enabled()).isTrue();
        signedIn.signOut();
        return new Coach(id, email);
    }

    /** A client of the coach who rates 10/10 at {@code at}: a pain spike, urgent. */
    private long spike(Coach coach, String name, Instant at) {
        clock.set(at);
        long client = members.createClient(coach.id(), name, "Europe/Berlin");
        members.rate(client, LocalDate.ofInstant(at, java.time.ZoneOffset.UTC), 10);
        return client;
    }

    private int runAt(Instant at) {
        clock.set(at);
        return job.sendDue();
    }

    @Test
    void oneDigestAtSevenInTheCoachsZoneWithTheNewUrgentAlertsAndNotTwiceThatDay() {
        Coach coach = coach(null);
        long ines = spike(coach, "Ines Early", SWITCHED_ON.plus(Duration.ofMinutes(30)));

        assertThat(runAt(SEVEN_AM_BERLIN_NEXT_DAY.minus(Duration.ofMinutes(5)))).as("06:55 in Berlin").isZero();
        assertThat(runAt(SEVEN_AM_BERLIN_NEXT_DAY)).isEqualTo(1);
        assertThat(mail.sentTo(coach.email())).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("One new urgent alert among your clients");
            assertThat(m.text()).contains("Hello Dana Coach,")
                    .contains("- Ines Early: pain spike, 15 Mar 2026")
                    .contains(RecordingMail.PORTAL + "/coach/clients/" + ines)
                    .contains(RecordingMail.PORTAL + "/coach/triage")
                    .contains("at 07:00 (your time zone, Europe/Berlin)");
        });

        assertThat(runAt(SEVEN_AM_BERLIN_NEXT_DAY.plus(Duration.ofMinutes(5)))).isZero();
        assertThat(runAt(SEVEN_AM_BERLIN_NEXT_DAY.plus(Duration.ofHours(16)))).as("22:00 in Berlin").isZero();
        assertThat(mail.sentTo(coach.email())).hasSize(1);
    }

    @Test
    void nothingIsSentWithoutNewUrgentAlertsAndAnAlertThatPersistsIsNotNewAgain() {
        Coach coach = coach(null);
        assertThat(runAt(SEVEN_AM_BERLIN_NEXT_DAY)).as("no alerts at all").isZero();
        assertThat(mail.sentTo(coach.email())).isEmpty();

        long walt = spike(coach, "Walt Spike", SEVEN_AM_BERLIN_NEXT_DAY.plus(Duration.ofHours(2)));
        // a later write recomputes Walt's alerts: the spike is still open, raised when it first was
        clock.set(SEVEN_AM_BERLIN_NEXT_DAY.plus(Duration.ofHours(5)));
        members.rate(walt, TODAY.plusDays(1).minusDays(10), 4);
        assertThat(runAt(SEVEN_AM_BERLIN_NEXT_DAY.plus(Duration.ofDays(1)))).isEqualTo(1);
        assertThat(mail.sentTo(coach.email())).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Walt Spike"));

        clock.set(SEVEN_AM_BERLIN_NEXT_DAY.plus(Duration.ofDays(1)).plus(Duration.ofHours(3)));
        members.rate(walt, TODAY.minusDays(5), 3);
        assertThat(runAt(SEVEN_AM_BERLIN_NEXT_DAY.plus(Duration.ofDays(2)))).as("the same spike, still open").isZero();
        assertThat(mail.sentTo(coach.email())).hasSize(1);
    }

    @Test
    void eachDigestListsOnlyWhatIsNewSinceTheLastOne() {
        Coach coach = coach(null);
        spike(coach, "Hana First", SWITCHED_ON.plus(Duration.ofHours(1)));
        runAt(SEVEN_AM_BERLIN_NEXT_DAY);
        spike(coach, "Quinn Second", SEVEN_AM_BERLIN_NEXT_DAY.plus(Duration.ofHours(1)));
        assertThat(runAt(SEVEN_AM_BERLIN_NEXT_DAY.plus(Duration.ofDays(1)))).isEqualTo(1);
        List<MailMessage> sent = mail.sentTo(coach.email());
        assertThat(sent).hasSize(2);
        assertThat(sent.getLast().text()).contains("Quinn Second").doesNotContain("Hana First");
    }

    @Test
    void aCoachWhoPrefersGermanGetsItInGerman() {
        Coach coach = coach("de");
        spike(coach, "Nora Neu", SWITCHED_ON.plus(Duration.ofHours(1)));
        spike(coach, "Otto Neu", SWITCHED_ON.plus(Duration.ofHours(2)));
        assertThat(runAt(SEVEN_AM_BERLIN_NEXT_DAY)).isEqualTo(1);
        assertThat(mail.sentTo(coach.email())).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("2 neue dringende Hinweise zu Ihren Klientinnen und Klienten");
            assertThat(m.text()).contains("Guten Tag Dana Coach,").contains("Nora Neu: plötzlicher Schmerzanstieg, 15. März 2026")
                    .contains("um 07:00 Uhr");
        });
    }

    @Test
    void aCoachWhoSwitchedItOffGetsNone() {
        Coach coach = coach(null);
        signedIn.as(Role.COACH, coach.id());
        assertThat(digests.choose(false).enabled()).isFalse();
        signedIn.signOut();
        spike(coach, "Ines Off", SWITCHED_ON.plus(Duration.ofHours(1)));
        assertThat(runAt(SEVEN_AM_BERLIN_NEXT_DAY)).isZero();
        assertThat(mail.sentTo(coach.email())).isEmpty();
    }

    @Test
    void twoNodesRunningTheJobTogetherSendOneDigest() throws Exception {
        Coach coach = coach(null);
        spike(coach, "Ines Twice", SWITCHED_ON.plus(Duration.ofHours(1)));
        clock.set(SEVEN_AM_BERLIN_NEXT_DAY);
        TwoNodes.underLock(dataSource, CoachDigestJob.LOCK, job::sendDue);
        assertThat(mail.sentTo(coach.email())).hasSize(1);
    }

    @Test
    void evenWithoutTheLockTwoRunsAtOnceSendEachDigestOnce() throws Exception {
        Coach coach = coach(null);
        spike(coach, "Ines Race", SWITCHED_ON.plus(Duration.ofHours(1)));
        clock.set(SEVEN_AM_BERLIN_NEXT_DAY);
        TwoNodes.unlocked(job::sendDue);
        assertThat(mail.sentTo(coach.email())).hasSize(1);
    }

    @Test
    void aDigestTheServerRefusedIsTriedAgainNextRun() {
        Coach coach = coach(null);
        spike(coach, "Ines Retry", SWITCHED_ON.plus(Duration.ofHours(1)));
        mail.setFailing(true);
        assertThat(runAt(SEVEN_AM_BERLIN_NEXT_DAY)).isZero();
        mail.setFailing(false);
        assertThat(runAt(SEVEN_AM_BERLIN_NEXT_DAY.plus(Duration.ofMinutes(5)))).isEqualTo(1);
        assertThat(mail.sentTo(coach.email())).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Ines Retry"));
    }

    @Test
    void switchingItOnNeedsMailAndAnAddress() {
        long noAddress = members.createCoach("No Address");
        signedIn.as(Role.COACH, noAddress);
        assertThatThrownBy(() -> digests.choose(true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("digest", "Add your e-mail address first: the digest goes by e-mail"));
        assertThat(digests.settings().enabled()).isFalse();
        members.giveEmail(noAddress);
        mail.setAvailable(false);
        assertThat(digests.settings().deliverable()).isFalse();
        assertThatThrownBy(() -> digests.choose(true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("digest", "This portal sends no mail, so it cannot send a digest"));
        mail.setAvailable(true);
        assertThat(digests.choose(true).deliverable()).isTrue();
    }

}
