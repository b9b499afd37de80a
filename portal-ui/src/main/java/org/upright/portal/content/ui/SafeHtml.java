package org.upright.portal.content.ui;

import com.vaadin.flow.component.html.Div;
import org.upright.content.markdown.MarkdownRenderer;

/**
 * Shows HTML that content-core has already sanitized. Only ever fed from
 * {@link MarkdownRenderer#toSafeHtml(String)} or a service's rendered field, never raw input.
 */
public class SafeHtml extends Div {

    public SafeHtml() {
        addClassName("prose");
    }

    public static SafeHtml ofMarkdown(String markdown) {
        SafeHtml html = new SafeHtml();
        html.showMarkdown(markdown);
        return html;
    }

    public static SafeHtml ofSanitized(String sanitizedHtml) {
        SafeHtml html = new SafeHtml();
        html.getElement().setProperty("innerHTML", sanitizedHtml);
        return html;
    }

    public final void showMarkdown(String markdown) {
        getElement().setProperty("innerHTML", MarkdownRenderer.toSafeHtml(markdown));
    }

    public String html() {
        return getElement().getProperty("innerHTML", "");
    }
}
