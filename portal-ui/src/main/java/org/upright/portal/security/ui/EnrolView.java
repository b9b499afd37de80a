package org.upright.portal.security.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.upright.accounts.mfa.AuthenticatorSetup;
import org.upright.portal.security.SecondStep;

import java.util.List;
import java.util.Map;

/**
 * Setting up an authenticator app at the first sign-in of an account whose role requires one:
 * the QR code (and the key to type in), then the app's first code to confirm.
 */
@Route(value = "login/enrol", autoLayout = false)
@PageTitle("Set up two-step sign-in · Upright")
@AnonymousAllowed
@StyleSheet("context://upright/accounts.css")
class EnrolView extends SecondStepPage {

    EnrolView(SecondStep secondStep) {
        super(secondStep, SecondStep.Step.ENROL, "enrol");
    }

    @Override
    protected void show(Map<String, List<String>> parameters) {
        AuthenticatorSetup setup = secondStep.setup();
        Paragraph intro = new Paragraph("Your account (" + secondStep.username() + ") signs in with a second step: "
                + "a code from an authenticator app on your phone, such as Google Authenticator, Microsoft "
                + "Authenticator, FreeOTP or Aegis.");
        Image qr = new Image(setup.qrCodeDataUri(), "QR code that adds Upright to an authenticator app");
        qr.setId("enrol-qr");
        qr.addClassName("enrol-qr");
        Code key = new Code(setup.groupedSecret());
        key.setId("enrol-secret");
        key.addClassName("enrol-secret");
        Paragraph manual = new Paragraph("Cannot scan? Add an account by hand with this key (time-based, 6 digits): ");
        manual.add(key);
        var code = codeField("Code from the app", parameters,
                "That code is not right. Enter the 6 digits the app shows now for Upright.");
        panel.add(intro, new H2("1. Scan the QR code with the app"), qr, manual,
                new H2("2. Enter the code the app shows"),
                form(code, submit("Turn on two-step sign-in", "submit-enrol")));
    }
}
