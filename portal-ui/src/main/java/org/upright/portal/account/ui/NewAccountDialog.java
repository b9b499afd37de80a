package org.upright.portal.account.ui;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.upright.accounts.AccountAdminService;
import org.upright.accounts.AccountDraft;
import org.upright.accounts.CoachOption;
import org.upright.accounts.CreatedAccount;
import org.upright.kernel.Role;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.base.ui.FieldMessages;

import java.util.function.Consumer;

/** Creates an account with an initial password or a one-time set-password link. */
class NewAccountDialog extends Dialog {

    /** How the new account gets its first password. */
    enum PasswordMethod {
        SEND_LINK, SET_NOW
    }

    private final AccountAdminService admin;
    private final Consumer<CreatedAccount> onCreated;
    private final TextField username = new TextField(getTranslation("account.new.username"));
    private final TextField displayName = new TextField(getTranslation("account.new.name"));
    private final Select<Role> role = new Select<>();
    private final ComboBox<CoachOption> coach;
    private final RadioButtonGroup<PasswordMethod> passwordMethod =
            new RadioButtonGroup<>(getTranslation("account.dialog.password"));
    private final PasswordField password = PasswordHelp.newPasswordField(getTranslation("account.new.initial-password"));
    private final FieldMessages messages = new FieldMessages();

    NewAccountDialog(AccountAdminService admin, Consumer<CreatedAccount> onCreated) {
        this.admin = admin;
        this.onCreated = onCreated;
        this.coach = CoachPicker.create(getTranslation("account.new.coach"), admin);
        setHeaderTitle(getTranslation("account.accounts.new"));
        setId("new-account-dialog");
        setWidth("min(40rem, 100vw)");

        username.setId("new-username");
        username.setHelperText(getTranslation("account.new.username.help"));
        username.setMaxLength(64);
        displayName.setId("new-display-name");
        displayName.setMaxLength(120);
        role.setLabel(getTranslation("account.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.MEMBER);
        role.setId("new-role");
        role.addValueChangeListener(e -> coach.setVisible(e.getValue() == Role.MEMBER));
        coach.setId("new-coach");
        passwordMethod.setItems(PasswordMethod.values());
        passwordMethod.setItemLabelGenerator(m -> getTranslation(m == PasswordMethod.SEND_LINK ? "account.new.send-link"
                : "account.new.set-now"));
        passwordMethod.setValue(PasswordMethod.SEND_LINK);
        passwordMethod.setId("new-password-method");
        passwordMethod.addValueChangeListener(e -> password.setVisible(e.getValue() == PasswordMethod.SET_NOW));
        password.setVisible(false);
        password.setId("new-password");

        messages.bind("username", username).bind("displayName", displayName).bind("role", role)
                .bind("coachId", coach).bind("password", password);

        FormLayout form = new FormLayout(username, displayName, role, coach, passwordMethod, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(passwordMethod, 2);
        form.setColspan(password, 2);
        add(form);

        Button create = new Button(getTranslation("account.new.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-account");
        getFooter().add(new Button(getTranslation("account.cancel"), e -> close()), create);
    }

    private void create() {
        boolean member = role.getValue() == Role.MEMBER;
        AccountDraft draft = new AccountDraft(username.getValue(), displayName.getValue(), role.getValue(),
                member && coach.getValue() != null ? coach.getValue().id() : null,
                passwordMethod.getValue() == PasswordMethod.SET_NOW ? password.getValue() : null);
        try {
            CreatedAccount created = admin.create(draft);
            close();
            onCreated.accept(created);
            Notification.show(getTranslation("account.new.created", created.account().username()));
            if (created.setPasswordToken() != null) {
                new PasswordLinkDialog(created.account().displayName(), created.setPasswordToken()).open();
            }
        } catch (InvalidInputException problems) {
            messages.show(problems);
        }
    }
}
