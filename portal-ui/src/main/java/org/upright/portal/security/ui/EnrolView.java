package org.upright.portal.security.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
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
@AnonymousAllowed
@StyleSheet("context://upright/accounts.css")
class EnrolView extends SecondStepPage implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("security.enrol.title");
    }

    EnrolView(SecondStep secondStep) {
        super(secondStep, SecondStep.Step.ENROL, "enrol");
    }

    @Override
    protected void show(Map<String, List<String>> parameters) {
        AuthenticatorSetup setup = secondStep.setup();
        Paragraph intro = new Paragraph(getTranslation("security.enrol.intro", secondStep.username()));
        Image qr = new Image(setup.qrCodeDataUri(), getTranslation("account.second-factor.qr"));
        qr.setId("enrol-qr");
        qr.addClassName("enrol-qr");
        Code key = new Code(setup.groupedSecret());
        key.setId("enrol-secret");
        key.addClassName("enrol-secret");
        Paragraph manual = new Paragraph(getTranslation("account.second-factor.manual") + " ");
        manual.add(key);
        var code = codeField(getTranslation("security.enrol.code"), parameters,
                getTranslation("security.enrol.wrong-code"));
        panel.add(intro, new H2(getTranslation("security.enrol.step-scan")), qr, manual,
                new H2(getTranslation("security.enrol.step-code")),
                form(code, submit(getTranslation("security.enrol.submit"), "submit-enrol")));
    }
}
