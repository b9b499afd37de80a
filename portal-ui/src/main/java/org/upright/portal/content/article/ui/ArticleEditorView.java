package org.upright.portal.content.article.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.content.article.ArticleCategory;
import org.upright.content.article.ArticleDetails;
import org.upright.content.article.ArticleDraft;
import org.upright.content.article.ArticleService;
import org.upright.content.shared.ContentKind;
import org.upright.accounts.AccountService;
import org.upright.portal.base.ui.KeptInput;
import org.upright.portal.content.ui.ContentEditorView;
import org.upright.portal.content.ui.ContentOperations;
import org.upright.portal.content.ui.DraftRule;
import org.upright.portal.content.ui.EditorFields;
import org.upright.portal.content.ui.SafeHtml;

import java.util.Optional;

/** Writes an article in Markdown with a live, sanitized preview beside it. */
@Route("admin/articles/:id")
@RolesAllowed("ADMIN")
class ArticleEditorView extends ContentEditorView<ArticleDetails, ArticleDraft> {

    private final AccountService accounts;
    private final Binder<ArticleForm> binder = new Binder<>();
    private final TextField slug = EditorFields.slug();
    private final TextField title = EditorFields.title(slug);
    private final TextArea summary = EditorFields.summary();
    private final Select<ArticleCategory> category = new Select<>();
    private final TextField tags = new TextField(getTranslation("content.article.tags"));
    private final TextField author = EditorFields.author();
    private final TextArea body = new TextArea(getTranslation("content.article.body"));
    private final H3 previewTitle = new H3();
    private final Paragraph previewSummary = new Paragraph();
    private final SafeHtml preview = new SafeHtml();

    ArticleEditorView(ArticleService articles, AccountService accounts) {
        super("admin/articles", ContentKind.ARTICLE, new ContentOperations<>(articles::findForEditing, articles::create,
                articles::update, articles::publish, articles::unpublish, articles::archive, ArticleDetails::toDraft));
        this.accounts = accounts;

        title.addValueChangeListener(e -> previewTitle.setText(e.getValue()));
        summary.setValueChangeMode(ValueChangeMode.LAZY);
        summary.addValueChangeListener(e -> previewSummary.setText(e.getValue()));
        category.setId("category");
        category.setLabel(getTranslation("content.field.category"));
        category.setItems(ArticleCategory.values());
        category.setItemLabelGenerator(ArticleCategory::label);
        EditorFields.markRequired(category);
        tags.setId("tags");
        KeptInput.keep(tags, "tags");
        tags.setHelperText(getTranslation("content.article.tags.helper"));
        body.setId("body");
        KeptInput.keep(body, "body");
        body.addClassName("markdown-input");
        body.setRequiredIndicatorVisible(true);
        body.setHelperText(getTranslation("content.article.body.helper"));
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(300);
        body.addValueChangeListener(e -> preview.showMarkdown(e.getValue()));

        bind(title, "title", ArticleForm::getTitle, ArticleForm::setTitle);
        bind(slug, "slug", ArticleForm::getSlug, ArticleForm::setSlug);
        bind(summary, "summary", ArticleForm::getSummary, ArticleForm::setSummary);
        binder.forField(category).withValidator(new DraftRule(ArticleDraft.class, "category"))
                .bind(ArticleForm::getCategory, ArticleForm::setCategory);
        binder.forField(tags).withValidator(t -> ArticleForm.tagList(t).size() <= 12,
                        getTranslation("content.validation.tags.count"))
                .withValidator(t -> ArticleForm.tagList(t).stream().allMatch(x -> x.length() <= 40),
                        getTranslation("content.validation.tags.length"))
                .bind(ArticleForm::getTags, ArticleForm::setTags);
        bind(author, "author", ArticleForm::getAuthor, ArticleForm::setAuthor);
        bind(body, "body", ArticleForm::getBody, ArticleForm::setBody);

        Div fields = new Div(title, slug, summary, category, tags, author, body);
        fields.addClassName("editor-fields");
        preview.setId("preview");
        Div previewPane = new Div(new Paragraph(getTranslation("content.article.preview")), previewTitle, previewSummary,
                preview);
        previewPane.addClassName("editor-preview");
        previewPane.getElement().setAttribute("aria-label", getTranslation("content.article.preview"));
        previewSummary.addClassName("lead");
        Div split = new Div(fields, previewPane);
        split.addClassName("editor-split");
        setForm(split);
    }

    private void bind(com.vaadin.flow.component.textfield.TextFieldBase<?, String> field, String property,
                      com.vaadin.flow.function.ValueProvider<ArticleForm, String> getter,
                      com.vaadin.flow.data.binder.Setter<ArticleForm, String> setter) {
        binder.forField(field).withValidator(new DraftRule(ArticleDraft.class, property)).bind(getter, setter);
    }

    @Override
    protected void fill(ArticleDetails details) {
        binder.readBean(ArticleForm.of(details));
        preview.showMarkdown(details.body());
    }

    @Override
    protected void clearForm() {
        ArticleForm empty = new ArticleForm();
        empty.setAuthor(accounts.currentProfile().map(p -> p.displayName()).orElse(""));
        binder.readBean(empty);
        preview.showMarkdown("");
    }

    @Override
    protected Optional<ArticleDraft> readDraft() {
        ArticleForm form = new ArticleForm();
        return binder.writeBeanIfValid(form) ? Optional.of(form.toDraft()) : Optional.empty();
    }

    @Override
    protected Optional<HasValidation> fieldFor(String path) {
        return Optional.ofNullable(switch (path.startsWith("tags") ? "tags" : path) {
            case "title" -> title;
            case "slug" -> slug;
            case "summary" -> summary;
            case "body" -> body;
            case "category" -> category;
            case "tags" -> tags;
            case "author" -> author;
            default -> null;
        });
    }
}
