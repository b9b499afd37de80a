package org.upright.portal.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Put Upright on your home screen": offered on a member's Today page only where the browser can
 * install the app (Chromium's install prompt, kept by pwa/register.js) or, on an iPhone or iPad,
 * with Safari's Share → Add to Home Screen steps; hidden in the installed app and once dismissed
 * (the browser remembers). Everything it decides happens in the browser (pwa/install.js).
 */
@JavaScript("context://upright/pwa/install.js")
public class InstallAppCard extends Div {

    public InstallAppCard() {
        addClassNames("card", "install-card");
        setId("install-app");
        getElement().setAttribute("hidden", true);
        Paragraph prompt = new Paragraph(getTranslation("install.prompt"));
        prompt.addClassName("install-when-prompt");
        Paragraph ios = new Paragraph(getTranslation("install.ios"));
        ios.addClassName("install-when-ios");
        Button install = new Button(getTranslation("install.button"));
        install.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        install.addClassNames("install-button", "install-when-prompt");
        install.setId("install-app-button");
        Button later = new Button(getTranslation("install.dismiss"));
        later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        later.addClassName("install-dismiss");
        later.setId("install-app-dismiss");
        Div actions = new Div(install, later);
        actions.addClassName("install-actions");
        add(new H3(getTranslation("install.title")), prompt, ios, actions);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs("window.UprightInstall && window.UprightInstall.watch(this)");
    }
}
