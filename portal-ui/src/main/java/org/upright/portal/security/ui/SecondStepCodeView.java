package org.upright.portal.security.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.upright.portal.security.SecondStep;

import java.util.List;
import java.util.Map;

/** The second step of signing in: a code from the authenticator app, or a recovery code. */
@Route(value = "login/code", autoLayout = false)
@PageTitle("Enter your code · Upright")
@AnonymousAllowed
@StyleSheet("context://upright/accounts.css")
class SecondStepCodeView extends SecondStepPage {

    SecondStepCodeView(SecondStep secondStep) {
        super(secondStep, SecondStep.Step.CODE, "second-step-code");
    }

    @Override
    protected void show(Map<String, List<String>> parameters) {
        Paragraph intro = new Paragraph("Your password for " + secondStep.username() + " was right. Now open your "
                + "authenticator app and enter the 6-digit code it shows for Upright.");
        var code = codeField("Code", parameters,
                "That code is not right. Enter the code the app shows now, or an unused recovery code.");
        code.setHelperText("No phone at hand? Enter one of your recovery codes instead.");
        panel.add(intro, form(code, submit("Sign in", "submit-code")));
    }
}
