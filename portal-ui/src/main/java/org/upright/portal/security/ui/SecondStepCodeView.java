package org.upright.portal.security.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.upright.portal.security.SecondStep;

import java.util.List;
import java.util.Map;

/** The second step of signing in: a code from the authenticator app, or a recovery code. */
@Route(value = "login/code", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://upright/accounts.css")
class SecondStepCodeView extends SecondStepPage implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("security.code.title");
    }

    SecondStepCodeView(SecondStep secondStep) {
        super(secondStep, SecondStep.Step.CODE, "second-step-code");
    }

    @Override
    protected void show(Map<String, List<String>> parameters) {
        Paragraph intro = new Paragraph(getTranslation("security.code.intro", secondStep.username()));
        var code = codeField(getTranslation("security.code.code"), parameters, getTranslation("security.code.wrong-code"));
        code.setHelperText(getTranslation("security.code.help"));
        panel.add(intro, form(code, submit(getTranslation("security.login.form.submit"), "submit-code")));
    }
}
