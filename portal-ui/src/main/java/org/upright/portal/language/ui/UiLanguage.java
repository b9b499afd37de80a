package org.upright.portal.language.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.upright.kernel.i18n.Language;

/**
 * Each new UI speaks the language the language filter chose for the request that opened it,
 * and the page says so ({@code <html lang>}) for screen readers and the browser's own translation offer.
 */
@Component
class UiLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html").first()
                .attr("lang", Language.of(LocaleContextHolder.getLocale()).code()));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(Language.of(LocaleContextHolder.getLocale()).locale()));
    }
}
