package org.upright.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.upright.accounts.Invitation;
import org.upright.accounts.InvitationDraft;
import org.upright.accounts.InvitationService;
import org.upright.accounts.PasswordLinkPurpose;
import org.upright.kernel.mail.MailNotSentException;
import org.upright.kernel.validation.EmailAddress;
import org.upright.kernel.validation.InvalidInputException;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Invites a member by e-mail: name and address (and, for admins, a coach field the caller adds).
 * Without mail on this portal the one-time link is shown instead, to pass on.
 */
public class InviteDialog extends Dialog {

    /**
     * @param coachField the admin's coach picker, or null for a coach (who invites their own client)
     * @param coachId    reads the picked coach's id (null: none)
     */
    public <F extends Component & com.vaadin.flow.component.HasValidation> InviteDialog(
            InvitationService invitations, F coachField, Supplier<Long> coachId,
                        Consumer<Invitation> invited) {
        setHeaderTitle(getTranslation("base.invite.title"));
        setId("invite-dialog");
        TextField name = new TextField(getTranslation("base.invite.name"));
        name.setMaxLength(120);
        name.setWidthFull();
        name.setId("invite-name");
        EmailField email = new EmailField(getTranslation("base.invite.email"));
        email.setMaxLength(EmailAddress.MAX);
        email.setWidthFull();
        email.setId("invite-email");
        FieldMessages messages = new FieldMessages().bind("displayName", name).bind("email", email);
        boolean mail = invitations.mailAvailable();
        add(new Paragraph(mail
                ? getTranslation("base.invite.mail", PasswordLinkPurpose.INVITE.validity().toHours())
                : getTranslation("base.invite.no-mail")), name, email);
        if (coachField != null) {
            messages.bind("coachId", coachField);
            add(coachField);
        }
        Button send = new Button(getTranslation(mail ? "base.invite.send" : "base.invite.create-link"), e -> {
            try {
                Invitation invitation = invitations.invite(new InvitationDraft(name.getValue(), email.getValue(),
                        coachId == null ? null : coachId.get()));
                close();
                invited.accept(invitation);
                if (invitation.mailed()) {
                    Notification.show(getTranslation("base.invite.sent", email.getValue()));
                } else {
                    showLink(invitation);
                }
            } catch (InvalidInputException problems) {
                messages.show(problems);
            } catch (MailNotSentException failed) {
                Notification.show(getTranslation("base.invite.mail-failed"));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-invitation");
        getFooter().add(new Button(getTranslation("base.invite.cancel"), e -> close()), send);
        setWidth("min(32rem, 100vw)");
    }

    private void showLink(Invitation invitation) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("base.invite.link.title", invitation.member().displayName()));
        dialog.setId("invitation-link-dialog");
        String url = SetPasswordLinks.url(invitation.setPasswordToken());
        TextField link = new TextField(getTranslation("base.invite.link.label"));
        link.setValue(url);
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("invitation-link");
        Button copy = new Button(getTranslation("base.invite.link.copy"), VaadinIcon.COPY.create(),
                e -> UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", url));
        dialog.add(new Paragraph(getTranslation("base.invite.link.text", invitation.member().displayName(),
                invitation.member().username(), PasswordLinkPurpose.INVITE.validity().toHours())), link, copy);
        Button done = new Button(getTranslation("base.invite.link.done"), e -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
    }
}
