package org.upright.portal.security.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.upright.portal.base.ui.RecoveryCodeList;
import org.upright.portal.security.SecondStep;

import java.util.List;
import java.util.Map;

/** The recovery codes of a new set-up, shown this once; "I have saved them" completes the sign-in. */
@Route(value = "login/recovery-codes", autoLayout = false)
@PageTitle("Your recovery codes · Upright")
@AnonymousAllowed
@StyleSheet("context://upright/accounts.css")
class RecoveryCodesView extends SecondStepPage {

    RecoveryCodesView(SecondStep secondStep) {
        super(secondStep, SecondStep.Step.RECOVERY_CODES, "recovery-codes");
    }

    @Override
    protected void show(Map<String, List<String>> parameters) {
        panel.add(new Paragraph("Two-step sign-in is on."), new RecoveryCodeList(secondStep.recoveryCodes()),
                form(submit("I have saved them, continue", "saved-recovery-codes")));
    }
}
