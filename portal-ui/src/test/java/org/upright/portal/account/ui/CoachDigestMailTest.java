package org.upright.portal.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.UprightApplication;
import org.upright.portal.testing.MailServer;
import org.upright.portal.testing.TestAccounts;
import org.upright.portal.testing.TrackerData;
import org.upright.tracker.digest.CoachDigestJob;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach's daily digest end to end with a real SMTP server in the JVM (GreenMail): the coach
 * switches it on on their profile ({@code digest-opt-in}), a client's 10/10 raises an urgent alert,
 * and at the coach's digest time one mail arrives naming the client with a link to their page.
 */
@SpringBootTest(classes = UprightApplication.class)
// its own context (the mail settings): closed after the class, so its connections do not stay open
@DirtiesContext
class CoachDigestMailTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MailServer.register(registry);
    }

    @Autowired
    TestAccounts accounts;
    @Autowired
    TrackerData tracker;
    @Autowired
    CoachDigestJob job;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aCoachWhoSwitchedTheDigestOnGetsTheNewUrgentAlertOnceWithALinkToTheClient() throws Exception {
        AccountProfile coach = accounts.create(Role.COACH);
        String email = "digest-" + coach.id() + "@mail.upright.test";
        jdbc.sql("update account set email = ? where id = ?").params(email, coach.id()).update();
        AccountProfile client = accounts.create(Role.MEMBER, coach.id());

        TestAccounts.signIn(coach);
        navigate(ProfileView.class);
        assertThat($(Paragraph.class).id("digest-how").getText()).startsWith("By e-mail at 07:00 (your time zone, UTC)");
        Checkbox optIn = $(Checkbox.class).id("digest-opt-in");
        assertThat(optIn.getValue()).as("opt-in: off until switched on").isFalse();
        test(optIn).click();
        assertThat(jdbc.sql("select enabled from coach_digest_setting where coach_id = ?").param(coach.id())
                .query(Boolean.class).single()).isTrue();
        TestAccounts.signOut();

        tracker.rate(client.id(), tracker.today(client.id()), 10);
        // as if switched on yesterday and the alert raised in the night: the digest is due now
        jdbc.sql("""
                update coach_digest_setting set send_at = '00:00', last_sent_on = null,
                    alerts_since = now() - interval '1 day' where coach_id = ?""").param(coach.id()).update();
        jdbc.sql("update client_progress_alert set raised_at = now() - interval '1 hour' where member_id = ?")
                .param(client.id()).update();

        assertThat(job.sendDue()).isPositive();
        List<MimeMessage> mails = MailServer.await(email, 1);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getFrom()[0].toString()).isEqualTo(MailServer.FROM);
        assertThat(mail.getSubject()).isEqualTo("One new urgent alert among your clients");
        assertThat(MailServer.body(mail)).contains(client.displayName() + ": pain spike")
                .contains(MailServer.PORTAL_URL + "/coach/clients/" + client.id())
                .contains(MailServer.PORTAL_URL + "/coach/triage");

        job.sendDue();
        MailServer.settle();
        assertThat(MailServer.to(email)).as("once a day").hasSize(1);
    }
}
