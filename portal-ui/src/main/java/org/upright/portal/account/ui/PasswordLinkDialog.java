package org.upright.portal.account.ui;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.upright.accounts.PasswordLinkService;
import org.upright.portal.base.ui.SetPasswordLinks;

/** Shows a new set-password link once; after closing, only its hash remains. */
class PasswordLinkDialog extends Dialog {

    PasswordLinkDialog(String displayName, String token) {
        setHeaderTitle("Set-password link for " + displayName);
        setId("password-link-dialog");
        String url = SetPasswordLinks.url(token);
        TextField link = new TextField("Link");
        link.setValue(url);
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("password-link");
        Button copy = new Button("Copy link", VaadinIcon.COPY.create(),
                e -> UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", url));
        copy.setId("copy-link");
        add(new Paragraph("Send this link to " + displayName + ". It works once, for "
                        + PasswordLinkService.VALIDITY.toHours() + " hours. It is not shown again: copy it now."),
                link, copy);
        Button done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setWidth("min(36rem, 100vw)");
    }
}
