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

    static final String SEND_LINK = "Create a one-time set-password link";
    static final String SET_NOW = "Set a password now";

    private final AccountAdminService admin;
    private final Consumer<CreatedAccount> onCreated;
    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Name");
    private final Select<Role> role = new Select<>();
    private final ComboBox<CoachOption> coach;
    private final RadioButtonGroup<String> passwordMethod = new RadioButtonGroup<>("Password");
    private final PasswordField password = PasswordHelp.newPasswordField("Initial password");
    private final FieldMessages messages = new FieldMessages();

    NewAccountDialog(AccountAdminService admin, Consumer<CreatedAccount> onCreated) {
        this.admin = admin;
        this.onCreated = onCreated;
        this.coach = CoachPicker.create("Coach (optional)", admin);
        setHeaderTitle("New account");
        setId("new-account-dialog");
        setWidth("min(40rem, 100vw)");

        username.setId("new-username");
        username.setHelperText("Letters, digits, dots, dashes and underscores");
        username.setMaxLength(64);
        displayName.setId("new-display-name");
        displayName.setMaxLength(120);
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.MEMBER);
        role.setId("new-role");
        role.addValueChangeListener(e -> coach.setVisible(e.getValue() == Role.MEMBER));
        coach.setId("new-coach");
        passwordMethod.setItems(SEND_LINK, SET_NOW);
        passwordMethod.setValue(SEND_LINK);
        passwordMethod.setId("new-password-method");
        passwordMethod.addValueChangeListener(e -> password.setVisible(SET_NOW.equals(e.getValue())));
        password.setVisible(false);
        password.setId("new-password");

        messages.bind("username", username).bind("displayName", displayName).bind("role", role)
                .bind("coachId", coach).bind("password", password);

        FormLayout form = new FormLayout(username, displayName, role, coach, passwordMethod, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(passwordMethod, 2);
        form.setColspan(password, 2);
        add(form);

        Button create = new Button("Create account", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-account");
        getFooter().add(new Button("Cancel", e -> close()), create);
    }

    private void create() {
        boolean member = role.getValue() == Role.MEMBER;
        AccountDraft draft = new AccountDraft(username.getValue(), displayName.getValue(), role.getValue(),
                member && coach.getValue() != null ? coach.getValue().id() : null,
                SET_NOW.equals(passwordMethod.getValue()) ? password.getValue() : null);
        try {
            CreatedAccount created = admin.create(draft);
            close();
            onCreated.accept(created);
            Notification.show("Account " + created.account().username() + " created");
            if (created.setPasswordToken() != null) {
                new PasswordLinkDialog(created.account().displayName(), created.setPasswordToken()).open();
            }
        } catch (InvalidInputException problems) {
            messages.show(problems);
        }
    }
}
