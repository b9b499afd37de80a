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
        getFooter().add(new Button("Close", e -> close()));
        render();
    }

    private void render() {
        removeAll();
        account = admin.findById(accountId).orElseThrow(() -> new IllegalStateException("Account " + accountId + " is gone"));
        setHeaderTitle(account.displayName());
        Paragraph summary = new Paragraph(account.username() + " · " + account.role().label() + " · "
                + (account.enabled() ? "enabled" : "disabled"));
        summary.setId("account-summary");
        add(summary, statusSection(), roleSection());
        if (account.role() == Role.MEMBER) {
            add(coachSection());
        }
        add(passwordSection(), secondFactorSection());
    }

    private Component statusSection() {
        Button toggle = new Button(account.enabled() ? "Disable account" : "Enable account");
        toggle.setId("toggle-enabled");
        if (account.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            toggle.addClickListener(e -> confirmDisable());
        } else {
            toggle.addClickListener(e -> act(() -> admin.setEnabled(accountId, true), "Account enabled"));
        }
        return section("Access", toggle);
    }

    private void confirmDisable() {
        ConfirmDialog confirm = new ConfirmDialog("Disable " + account.displayName() + "?",
                "They are signed out at their next click and cannot sign in until enabled again.",
                "Disable", e -> act(() -> admin.setEnabled(accountId, false), "Account disabled"));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private Component roleSection() {
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(account.role());
        role.setId("role-select");
        messages.bind("role", role);
        Button save = new Button("Change role", e -> act(() -> admin.changeRole(accountId, role.getValue()),
                "Role changed to " + role.getValue().label()));
        save.setId("change-role");
        return section("Role", role, save);
    }

    private Component coachSection() {
        List<CoachOption> coaches = admin.coaches();
        ComboBox<CoachOption> coach = CoachPicker.create("Coach", coaches);
        CoachPicker.select(coach, coaches, account.coachId());
        coach.setId("coach-select");
        messages.bind("coachId", coach);
        Button save = new Button("Save coach", e -> act(() -> admin.assignCoach(accountId,
                coach.getValue() == null ? null : coach.getValue().id()), "Coach saved"));
        save.setId("save-coach");
        return section("Coach", coach, save);
    }

    private Component passwordSection() {
        PasswordField password = PasswordHelp.newPasswordField("New password");
        password.setId("reset-password");
        messages.bind("password", password);
        Button set = new Button("Set password", e -> act(() -> admin.resetPassword(accountId, password.getValue()),
                "Password set; their open sessions have ended"));
        set.setId("set-password");
        Button link = new Button("Create set-password link", e -> createLink());
        link.setId("create-link");
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return section("Password", password, new Div(set, link));
    }

    private Component secondFactorSection() {
        boolean on = secondFactors.enabledFor(accountId);
        Paragraph state = new Paragraph(on ? "On: they enter a code from their authenticator app after the password."
                : "Not set up.");
        state.setId("second-factor-state");
        Button reset = new Button("Reset two-step sign-in", e -> confirmReset());
        reset.setId("reset-second-factor");
        reset.setEnabled(on);
        return section("Two-step sign-in", state, reset);
    }

    /** For a lost phone without recovery codes: the app is forgotten and, where the role requires one, set up anew. */
    private void confirmReset() {
        ConfirmDialog confirm = new ConfirmDialog("Reset two-step sign-in for " + account.displayName() + "?",
                "Their authenticator app and recovery codes stop working. Where their role requires two-step "
                        + "sign-in, they set up a new app at their next sign-in. Do this only when you know it is "
                        + "them asking (for example after a lost phone).",
                "Reset", e -> act(() -> secondFactors.resetFor(accountId), "Two-step sign-in reset"));
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

    private static Component section(String title, Component... content) {
        Div section = new Div(new H3(title));
        section.add(content);
        section.addClassName("dialog-section");
        return section;
    }
}
