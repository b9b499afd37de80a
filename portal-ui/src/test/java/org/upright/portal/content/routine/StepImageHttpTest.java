package org.upright.portal.content.routine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.upright.content.routine.StepImageService;
import org.upright.content.routine.StepImages;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.HttpBrowser;
import org.upright.portal.testing.TestAccounts;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploaded step pictures over real HTTP: signed-in people only, with their type and a strict policy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StepImageHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;
    @Autowired
    StepImageService images;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void uploadedPicturesAreServedToSignedInPeopleOnly() {
        TestAccounts.signIn(accounts.create(Role.ADMIN));
        String reference = images.upload("figure.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\">"
                + "<rect width=\"4\" height=\"4\" fill=\"#123\"/></svg>").getBytes(StandardCharsets.UTF_8));
        TestAccounts.signOut();
        String path = "/upright/step-images/" + StepImages.uploadId(reference).orElseThrow();

        HttpResponse<String> anonymous = new HttpBrowser(port).get(path);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        AccountProfile member = accounts.create(Role.MEMBER);
        HttpBrowser browser = new HttpBrowser(port);
        browser.postLogin(member.username(), TestAccounts.PASSWORD);
        HttpResponse<String> image = browser.get(path);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(image.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p ->
                assertThat(p).contains("default-src 'none'", "sandbox"));
        assertThat(image.body()).contains("<rect");
        assertThat(browser.get("/upright/step-images/999999999").statusCode()).isEqualTo(404);
    }
}
