package org.upright.portal.account.ui;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import org.upright.accounts.AccountAdminService;
import org.upright.accounts.AccountRow;
import org.upright.accounts.CoachOption;
import org.upright.accounts.mfa.SecondFactorService;
import org.upright.kernel.Role;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.base.ui.FieldMessages;

import java.util.List;

/** One account's admin actions: enable or disable, role, coach, password, two-step sign-in reset. */
class AccountDialog extends Dialog {

    private final AccountAdminService admin;
    private final SecondFactorService secondFactors;
    private final long accountId;
    private final Runnable onChange;
    private final FieldMessages messages = new FieldMessages();
    private AccountRow account;

    AccountDialog(AccountAdminService admin, SecondFactorService secondFactors, long accountId, Runnable onChange) {
        this.admin = admin;
        this.secondFactors = secondFactors;
        this.accountId = accountId;
        this.onChange = onChange;
        setId("account-dialog");
        setWidth("min(40rem, 100vw)");
        getFooter().add(new Button(getTranslation("account.dialog.close"), e -> close()));
        render();
    }

    private void render() {
        removeAll();
        account = admin.findById(accountId).orElseThrow(() -> new IllegalStateException("Account " + accountId + " is gone"));
        setHeaderTitle(account.displayName());
        Paragraph summary = new Paragraph(getTranslation(account.enabled() ? "account.dialog.summary.enabled"
                : "account.dialog.summary.disabled", account.username(), account.role().label()));
        summary.setId("account-summary");
        add(summary, statusSection(), roleSection());
        if (account.role() == Role.MEMBER) {
            add(coachSection());
        }
        add(passwordSection(), secondFactorSection());
    }

    private Component statusSection() {
        Button toggle = new Button(getTranslation(account.enabled() ? "account.dialog.disable" : "account.dialog.enable"));
        toggle.setId("toggle-enabled");
        if (account.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            toggle.addClickListener(e -> confirmDisable());
        } else {
            toggle.addClickListener(e -> act(() -> admin.setEnabled(accountId, true),
                    getTranslation("account.dialog.enabled")));
        }
        return section(getTranslation("account.dialog.access"), toggle);
    }

    private void confirmDisable() {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("account.dialog.disable.confirm.title", account.displayName()),
                getTranslation("account.dialog.disable.confirm.text"),
                getTranslation("account.dialog.disable.confirm"),
                e -> act(() -> admin.setEnabled(accountId, false), getTranslation("account.dialog.disabled")));
        confirm.setCancelText(getTranslation("account.cancel"));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private Component roleSection() {
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("account.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(account.role());
        role.setId("role-select");
        messages.bind("role", role);
        Button save = new Button(getTranslation("account.dialog.change-role"),
                e -> act(() -> admin.changeRole(accountId, role.getValue()),
                        getTranslation("account.dialog.role-changed", role.getValue().label())));
        save.setId("change-role");
        return section(getTranslation("account.role"), role, save);
    }

    private Component coachSection() {
        List<CoachOption> coaches = admin.coaches();
        ComboBox<CoachOption> coach = CoachPicker.create(getTranslation("account.coach"), coaches);
        CoachPicker.select(coach, coaches, account.coachId());
        coach.setId("coach-select");
        messages.bind("coachId", coach);
        Button save = new Button(getTranslation("account.dialog.save-coach"), e -> act(() -> admin.assignCoach(accountId,
                coach.getValue() == null ? null : coach.getValue().id()), getTranslation("account.dialog.coach-saved")));
        save.setId("save-coach");
        return section(getTranslation("account.coach"), coach, save);
    }

    private Component passwordSection() {
        PasswordField password = PasswordHelp.newPasswordField(getTranslation("account.password.new"));
        password.setId("reset-password");
        messages.bind("password", password);
        Button set = new Button(getTranslation("account.dialog.set-password"),
                e -> act(() -> admin.resetPassword(accountId, password.getValue()),
                        getTranslation("account.dialog.password-set")));
        set.setId("set-password");
        Button link = new Button(getTranslation("account.dialog.create-link"), e -> createLink());
        link.setId("create-link");
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return section(getTranslation("account.dialog.password"), password, new Div(set, link));
    }

    private Component secondFactorSection() {
        boolean on = secondFactors.enabledFor(accountId);
        Paragraph state = new Paragraph(getTranslation(on ? "account.dialog.second-factor.on"
                : "account.dialog.second-factor.off"));
        state.setId("second-factor-state");
        Button reset = new Button(getTranslation("account.dialog.second-factor.reset"), e -> confirmReset());
        reset.setId("reset-second-factor");
        reset.setEnabled(on);
        return section(getTranslation("account.second-factor.title"), state, reset);
    }

    /** For a lost phone without recovery codes: the app is forgotten and, where the role requires one, set up anew. */
    private void confirmReset() {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("account.dialog.second-factor.reset.confirm.title", account.displayName()),
                getTranslation("account.dialog.second-factor.reset.confirm.text"),
                getTranslation("account.dialog.second-factor.reset.confirm"),
                e -> act(() -> secondFactors.resetFor(accountId),
                        getTranslation("account.dialog.second-factor.reset.done")));
        confirm.setCancelText(getTranslation("account.cancel"));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void createLink() {
        try {
            String token = admin.createPasswordLink(accountId);
            new PasswordLinkDialog(account.displayName(), token).open();
            onChange.run();
        } catch (InvalidInputException problems) {
            messages.show(problems);
        }
    }

    /** Runs one admin action; on success shows what happened and redraws, on refusal shows why next to the field. */
    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done);
            onChange.run();
            render();
        } catch (InvalidInputException problems) {
            messages.show(problems);
        }
    }

    private Component section(String title, Component... content) {
        Div section = new Div(new H3(title));
        section.add(content);
        section.addClassName("dialog-section");
        return section;
    }
}
