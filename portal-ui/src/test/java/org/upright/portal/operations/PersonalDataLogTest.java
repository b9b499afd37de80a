package org.upright.portal.operations;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.HttpBrowser;
import org.upright.portal.testing.TestAccounts;
import org.upright.tracker.pain.PainRatingService;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With JSON logs switched on, a member's journey (a wrong and a right password, a check-in with
 * a note) leaves neither the password, nor the note, nor the member's name in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.structured.format.console=ecs", "logging.level.org.upright=debug"})
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLogTest extends SpringBrowserlessTest {

    private static final String WRONG_PASSWORD = "almost-right-horse-battery";
    private static final String NOTE = "Sore after lifting the twins at Marlowe Street";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PainRatingService ratings;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aJourneyLeavesNoPasswordNoteOrNameInTheJsonLog(CapturedOutput output) {
        AccountProfile member = accounts.screened(accounts.create(Role.MEMBER));
        HttpBrowser browser = new HttpBrowser(port);
        assertThat(browser.postLogin(member.username(), WRONG_PASSWORD).headers().firstValue("Location").orElseThrow())
                .contains("error");
        assertThat(browser.postLogin(member.username(), TestAccounts.PASSWORD).headers().firstValue("Location")
                .orElseThrow()).doesNotContain("error");
        assertThat(browser.get("/today").statusCode()).isEqualTo(200);

        TestAccounts.signIn(member);
        navigate("today", Component.class);
        test($(TextArea.class).id("check-in-note")).setValue(NOTE);
        test($(Button.class).id("check-in-score-6")).click();
        assertThat(ratings.find(member.id(), LocalDate.now(clock)).orElseThrow().note()).isEqualTo(NOTE);

        String log = output.getAll();
        // the log is there, and it is JSON (Elastic Common Schema)
        assertThat(log).contains("\"message\":\"Start-up work done").contains("\"log\":{\"level\":\"INFO\"");
        assertThat(log.lines().filter(line -> line.startsWith("{\"@timestamp\"")).count()).isGreaterThan(5);
        assertThat(log).doesNotContain(TestAccounts.PASSWORD).doesNotContain(WRONG_PASSWORD)
                .doesNotContain(NOTE).doesNotContain("Marlowe").doesNotContain(member.displayName());
    }
}
