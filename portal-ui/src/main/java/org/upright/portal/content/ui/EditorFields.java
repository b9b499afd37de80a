package org.upright.portal.content.ui;

import com.vaadin.flow.component.HasValueAndElement;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.upright.content.article.ArticleRef;
import org.upright.content.shared.Slugs;
import org.upright.portal.base.ui.KeptInput;

import java.util.List;

/**
 * The fields every content editor has, set up the same way (ids are what tests and browsers find);
 * their text is kept in the browser until saved ({@link KeptInput}).
 */
public final class EditorFields {

    private EditorFields() {
    }

    public static TextField slug() {
        TextField slug = new TextField();
        slug.setLabel(slug.getTranslation("content.field.slug"));
        slug.setId("slug");
        slug.setHelperText(slug.getTranslation("content.field.slug.helper"));
        return KeptInput.keep(slug, "slug");
    }

    /** The title; as it is typed, the slug field shows the slug it would make. */
    public static TextField title(TextField slug) {
        TextField title = new TextField();
        title.setLabel(title.getTranslation("content.field.title"));
        title.setId("title");
        title.setRequiredIndicatorVisible(true);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(e -> slug.setPlaceholder(Slugs.fromTitle(e.getValue())));
        return KeptInput.keep(title, "title");
    }

    /** The one-paragraph summary of an article or routine (the drafts allow 300 characters). */
    public static TextArea summary() {
        TextArea summary = new TextArea();
        summary.setLabel(summary.getTranslation("content.field.summary"));
        summary.setId("summary");
        summary.setRequiredIndicatorVisible(true);
        summary.setMaxLength(300);
        return KeptInput.keep(summary, "summary");
    }

    public static TextField author() {
        TextField author = new TextField();
        author.setLabel(author.getTranslation("content.field.author"));
        author.setId("author");
        author.setRequiredIndicatorVisible(true);
        return KeptInput.keep(author, "author");
    }

    /**
     * The required mark on a select or a checkbox group, without the {@code aria-required} Vaadin
     * also writes on the select's button and on the group, where ARIA does not allow it (axe:
     * aria-allowed-attr, critical). The mark stays; saving without a choice says it is required
     * next to the field. The components write the attribute again as they draw, so an observer
     * takes it off each time.
     */
    public static void markRequired(HasValueAndElement<?, ?> field) {
        field.setRequiredIndicatorVisible(true);
        field.getElement().addAttachListener(e -> field.getElement().executeJs("""
                const strip = () => [this, ...this.querySelectorAll('vaadin-select-value-button')]
                    .forEach(el => { if (el.hasAttribute('aria-required')) el.removeAttribute('aria-required'); });
                strip();
                if (!this.__uprightAriaRequired) {
                  this.__uprightAriaRequired = new MutationObserver(strip);
                  this.__uprightAriaRequired.observe(this, { subtree: true, childList: true, attributes: true,
                      attributeFilter: ['aria-required'] });
                }"""));
    }

    public static MultiSelectComboBox<ArticleRef> relatedArticles(List<ArticleRef> linkable) {
        MultiSelectComboBox<ArticleRef> related = new MultiSelectComboBox<>();
        related.setLabel(related.getTranslation("content.field.related"));
        related.setId("related");
        related.setItems(linkable);
        related.setItemLabelGenerator(ArticleRef::title);
        return related;
    }
}
