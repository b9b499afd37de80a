package org.upright.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.upright.kernel.i18n.Wording;

/**
 * Page-level settings shared by every view: Lumo theme (light or dark, upright/theme/theme.js), our own small stylesheet, phone viewport,
 * and what makes the portal an installable web app: the manifest, the home-screen icons and the
 * script that registers the service worker (static files at the root, README "Installing Upright").
 * Links are relative: Vaadin's base element points them at the portal's root from any route.
 * The title and description are in the request's language (LanguageFilter runs before the page is written).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://upright/styles.css")
@Meta(name = "theme-color", content = "#1d4f91")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(Wording.text("base.brand"));
        settings.addMetaTag("description", Wording.text("base.meta.description"));
        settings.setViewport("width=device-width, initial-scale=1, viewport-fit=cover");
        settings.addLink("manifest", "manifest.webmanifest");
        settings.addFavIcon("icon", "icons/favicon-32.png", "32x32");
        settings.addLink("apple-touch-icon", "icons/apple-touch-icon.png");
        settings.addInlineWithContents(Inline.Position.APPEND,
                "<script src=\"upright/pwa/register.js\" defer=\"defer\"></script>", Inline.Wrapping.NONE);
        // light or dark before the first paint: the person's choice in this browser, else the device's (README "Accessibility")
        settings.addInlineWithContents(Inline.Position.APPEND,
                "<script src=\"upright/theme/theme.js\"></script>", Inline.Wrapping.NONE);
    }
}
