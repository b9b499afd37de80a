package org.upright.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-level settings shared by every view: Lumo theme, our own small stylesheet, phone viewport. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://upright/styles.css")
@Meta(name = "theme-color", content = "#1d4f91")
@Meta(name = "description", content = "Upright: stretch, track your back pain and watch it fall.")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Upright");
        settings.setViewport("width=device-width, initial-scale=1, viewport-fit=cover");
    }
}
