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
        setHeaderTitle(getTranslation("account.link-dialog.title", displayName));
        setId("password-link-dialog");
        String url = SetPasswordLinks.url(token);
        TextField link = new TextField(getTranslation("account.link-dialog.link"));
        link.setValue(url);
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("password-link");
        Button copy = new Button(getTranslation("account.link-dialog.copy"), VaadinIcon.COPY.create(),
                e -> UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", url));
        copy.setId("copy-link");
        add(new Paragraph(getTranslation("account.link-dialog.text", displayName, PasswordLinkService.VALIDITY.toHours())),
                link, copy);
        Button done = new Button(getTranslation("account.link-dialog.done"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setWidth("min(36rem, 100vw)");
    }
}
