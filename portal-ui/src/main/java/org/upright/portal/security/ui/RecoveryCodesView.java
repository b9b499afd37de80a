package org.upright.portal.security.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.upright.portal.base.ui.RecoveryCodeList;
import org.upright.portal.security.SecondStep;

import java.util.List;
import java.util.Map;

/** The recovery codes of a new set-up, shown this once; "I have saved them" completes the sign-in. */
@Route(value = "login/recovery-codes", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://upright/accounts.css")
class RecoveryCodesView extends SecondStepPage implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("security.recovery-codes.title");
    }

    RecoveryCodesView(SecondStep secondStep) {
        super(secondStep, SecondStep.Step.RECOVERY_CODES, "recovery-codes");
    }

    @Override
    protected void show(Map<String, List<String>> parameters) {
        panel.add(new Paragraph(getTranslation("security.recovery-codes.on")),
                new RecoveryCodeList(secondStep.recoveryCodes()),
                form(submit(getTranslation("security.recovery-codes.saved"), "saved-recovery-codes")));
    }
}
