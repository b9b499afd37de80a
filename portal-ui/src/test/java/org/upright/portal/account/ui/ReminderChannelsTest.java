package org.upright.portal.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;

import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.LocalTime;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder card's channels with the browser's answers played by the test (push.js reports
 * through the card's client-callable methods): hidden until the browser says it can show
 * notifications, a subscription kept for the signed-in member only, push chosen and saved.
 */
@SpringBootTest
class ReminderChannelsTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static boolean hidden(com.vaadin.flow.component.Component c) {
        return c.getElement().hasAttribute("hidden");
    }

    @Test
    void aBrowserWithoutPushKeepsTheCardAsItWas() {
        TestAccounts.signIn(accounts.create(Role.MEMBER));
        navigate(ProfileView.class);
        ReminderChannels channels = $(ReminderChannels.class).single();
        assertThat(hidden(channels)).as("until the browser answers").isTrue();
        channels.pushState("unsupported", null);
        assertThat(hidden(channels)).isTrue();
        assertThat(channels.channel()).as("e-mail, as before").hasToString("EMAIL");
    }

    @Test
    void aMemberAllowsNotificationsOnThisDeviceAndChoosesThem() throws Exception {
        AccountProfile member = accounts.create(Role.MEMBER);
        TestAccounts.signIn(member);
        navigate(ProfileView.class);
        ReminderChannels channels = $(ReminderChannels.class).single();
        channels.pushState("none", null);
        assertThat(hidden(channels)).isFalse();
        assertThat(hidden($(Button.class).id("reminder-push-allow"))).isFalse();
        assertThat(hidden($(Button.class).id("reminder-push-stop"))).isTrue();

        String endpoint = "https://push.example/send/" + member.id();
        channels.pushSubscribed(endpoint, browserKey(), Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]));
        assertThat($(Checkbox.class).id("reminder-by-push").getValue()).isTrue();
        assertThat($(Paragraph.class).id("reminder-push-device").getText())
                .isEqualTo("Notifications are on for this device. Save the reminder to have it sent this way.");
        assertThat(jdbc.sql("select member_id from push_subscription where endpoint = ?").param(endpoint)
                .query(Long.class).single()).isEqualTo(member.id());

        test($(TimePicker.class).id("reminder-time")).setValue(LocalTime.of(19, 0));
        test($(Button.class).id("save-reminder")).click();
        assertThat(jdbc.sql("select channel from reminder_setting where member_id = ?").param(member.id())
                .query(String.class).single()).isIn("PUSH", "BOTH");
        assertThat($(Paragraph.class).id("reminder-how").getText()).startsWith("As a notification, once a day");

        // the next visit: the browser reports its subscription, which is this member's
        navigate(ProfileView.class);
        ReminderChannels again = $(ReminderChannels.class).single();
        again.pushState("subscribed", endpoint);
        assertThat(hidden($(Button.class).id("reminder-push-stop"))).isFalse();
        assertThat($(Paragraph.class).id("reminder-push-device").getText()).isEqualTo("Notifications are on for this device.");

        again.pushUnsubscribed(endpoint);
        assertThat(jdbc.sql("select count(*) from push_subscription where member_id = ?").param(member.id())
                .query(Integer.class).single()).isZero();
        assertThat($(Checkbox.class).id("reminder-by-push").getValue()).isFalse();
    }

    @Test
    void aBrowserThatBlocksNotificationsSaysWhereToAllowThem() {
        TestAccounts.signIn(accounts.create(Role.MEMBER));
        navigate(ProfileView.class);
        ReminderChannels channels = $(ReminderChannels.class).single();
        channels.pushState("none", null);
        channels.pushRefused("denied");
        assertThat($(Paragraph.class).id("reminder-push-device").getText()).contains("blocked in this browser's settings");
        assertThat(hidden($(Button.class).id("reminder-push-allow"))).isTrue();
    }

    private static String browserKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
        byte[] point = new byte[65];
        point[0] = 4;
        copy(key.getW().getAffineX().toByteArray(), point, 1);
        copy(key.getW().getAffineY().toByteArray(), point, 33);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(point);
    }

    private static void copy(byte[] value, byte[] into, int offset) {
        int length = Math.min(value.length, 32);
        System.arraycopy(value, value.length - length, into, offset + 32 - length, length);
    }
}
