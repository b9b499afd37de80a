package org.upright.portal.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.upright.accounts.mfa.AuthenticatorSetup;
import org.upright.accounts.mfa.SecondFactorService;
import org.upright.accounts.mfa.SecondFactorStatus;
import org.upright.kernel.text.Dates;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.base.ui.FieldMessages;
import org.upright.portal.base.ui.RecoveryCodeList;

import java.time.ZoneId;
import java.util.List;

/**
 * The profile's two-step sign-in card: whether it is on and how many recovery codes are left;
 * set it up (QR code, then the app's first code), make new recovery codes, or turn it off where
 * the role does not require it. Changes need a current code from the app.
 */
final class SecondFactorCard extends Div {

    private final SecondFactorService secondFactors;
    private final ZoneId zone;

    SecondFactorCard(SecondFactorService secondFactors, ZoneId zone) {
        this.secondFactors = secondFactors;
        this.zone = zone;
        addClassName("card");
        setId("profile-second-factor");
        showStatus();
    }

    private void showStatus() {
        removeAll();
        add(new H3(getTranslation("account.second-factor.title")));
        SecondFactorStatus status = secondFactors.status();
        if (!status.enabled()) {
            Paragraph off = new Paragraph(getTranslation("account.second-factor.off"));
            off.setId("second-factor-status");
            Button setUp = new Button(getTranslation("account.second-factor.set-up"), e -> showSetUp());
            setUp.setId("set-up-second-factor");
            add(off, setUp);
            return;
        }
        Paragraph on = new Paragraph(getTranslation(status.required() ? "account.second-factor.on-required"
                : "account.second-factor.on", Dates.day(status.enabledAt(), zone), status.recoveryCodesLeft()));
        on.setId("second-factor-status");
        TextField code = codeField();
        FieldMessages messages = new FieldMessages().bind(SecondFactorService.CODE_FIELD, code);
        Button renew = new Button(getTranslation("account.second-factor.renew"), e -> {
            try {
                showCodes(secondFactors.renewRecoveryCodes(code.getValue()));
            } catch (InvalidInputException problems) {
                messages.show(problems);
            }
        });
        renew.setId("renew-recovery-codes");
        add(on, new Paragraph(getTranslation(status.required() ? "account.second-factor.renew-how"
                        : "account.second-factor.renew-or-off-how")),
                code, renew);
        if (!status.required()) {
            Button off = new Button(getTranslation("account.second-factor.turn-off"), e -> {
                try {
                    secondFactors.turnOff(code.getValue());
                    Notification.show(getTranslation("account.second-factor.turned-off"));
                    showStatus();
                } catch (InvalidInputException problems) {
                    messages.show(problems);
                }
            });
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            off.setId("turn-off-second-factor");
            add(off);
        }
    }

    private void showSetUp() {
        removeAll();
        add(new H3(getTranslation("account.second-factor.set-up")));
        AuthenticatorSetup setup = secondFactors.setUp();
        Image qr = new Image(setup.qrCodeDataUri(), getTranslation("account.second-factor.qr"));
        qr.setId("profile-enrol-qr");
        qr.addClassName("enrol-qr");
        Code key = new Code(setup.groupedSecret());
        key.setId("profile-enrol-secret");
        key.addClassName("enrol-secret");
        Paragraph manual = new Paragraph(getTranslation("account.second-factor.manual") + " ");
        manual.add(key);
        TextField code = codeField();
        FieldMessages messages = new FieldMessages().bind(SecondFactorService.CODE_FIELD, code);
        Button confirm = new Button(getTranslation("account.second-factor.turn-on"), e -> {
            try {
                showCodes(secondFactors.confirm(code.getValue()));
            } catch (InvalidInputException problems) {
                messages.show(problems);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-second-factor");
        Button cancel = new Button(getTranslation("account.cancel"), e -> showStatus());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Paragraph(getTranslation("account.second-factor.scan")), qr, manual, code,
                new Div(confirm, cancel));
    }

    private void showCodes(List<String> codes) {
        removeAll();
        Button done = new Button(getTranslation("account.second-factor.saved"), e -> showStatus());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("saved-recovery-codes");
        add(new RecoveryCodeList(codes), done);
    }

    private TextField codeField() {
        TextField code = new TextField(getTranslation("account.second-factor.code"));
        code.setId("second-factor-code");
        code.setMaxLength(64);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        return code;
    }
}
