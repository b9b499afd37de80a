package org.upright.portal.content.ui;

import org.upright.portal.base.ui.Links;
import org.upright.portal.base.ui.KeptInput;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinService;
import org.upright.content.shared.ContentDraft;
import org.upright.content.shared.ContentKind;
import org.upright.content.shared.ContentStatus;
import org.upright.content.shared.EditConflictException;
import org.upright.content.shared.EditableContent;
import org.upright.content.shared.TranslationOriginals;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.text.Dates;
import org.upright.kernel.validation.FieldProblem;
import org.upright.kernel.validation.InvalidInputException;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The frame every admin content editor shares: route "…/new" or "…/{id}", save, publish,
 * unpublish and archive, problems shown next to their fields, and the edit-conflict banner.
 * Nothing the admin typed is cleared by an error; only "Reload" replaces it. Text fields the
 * kinds mark with {@link KeptInput} are also kept in the browser until a save stores them.
 *
 * @param <D> the details record the service returns
 * @param <T> the draft record the service takes
 */
@StyleSheet("context://upright/content.css")
public abstract class ContentEditorView<D extends EditableContent, T extends ContentDraft<T>> extends Main
        implements BeforeEnterObserver, HasDynamicTitle {

    private final String basePath;
    private final ContentKind kind;
    private final ContentOperations<D, T> operations;
    private final H2 heading = new H2();
    private final StatusBadge badge = new StatusBadge();
    private final Span statusNote = new Span();
    private final ConflictBanner conflict;
    private final Div formProblems = new Div();
    private final Div formSlot = new Div();
    private final Div actions = new Div();
    private final Paragraph missing = new Paragraph();
    private final Button save = new Button(getTranslation("content.editor.save"));
    private final Button publish = new Button(getTranslation("content.editor.publish"));
    private final Button unpublish = new Button(getTranslation("content.editor.unpublish"));
    private final Button archive = new Button(getTranslation("content.editor.archive"));
    private final List<HasValidation> markedInvalid = new ArrayList<>();
    private final Select<Language> language = new Select<>();
    private final ComboBox<TranslationOriginals.Original> translationOf = new ComboBox<>();
    private final Div languageFields = new Div(language, translationOf);
    private D current;
    private long lockVersion;

    /** {@code kind} picks the headings' wording ("New article", "Edit routine"). */
    protected ContentEditorView(String basePath, ContentKind kind, ContentOperations<D, T> operations) {
        this.basePath = basePath;
        this.kind = kind;
        this.operations = operations;
        addClassNames("page", "editor-page");
        conflict = new ConflictBanner(this::reload, latest -> {
            lockVersion = latest;
            statusNote.setText(getTranslation("content.editor.over-their-changes"));
        });
        badge.setId("status");
        statusNote.addClassName("status-note");
        statusNote.setId("status-note");
        Div header = new Div(heading, badge, statusNote);
        header.addClassName("editor-header");

        formProblems.setId("form-problems");
        formProblems.addClassName("form-problems");
        formProblems.getElement().setAttribute("role", "alert");
        formProblems.setVisible(false);

        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveForm());
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(e -> publishForm());
        unpublish.setId("unpublish");
        unpublish.addClickListener(e -> changeStatus(() -> operations.unpublish().apply(current.id(), lockVersion),
                getTranslation("content.editor.unpublished")));
        archive.setId("archive");
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        archive.addClickListener(e -> changeStatus(() -> operations.archive().apply(current.id(), lockVersion),
                getTranslation("content.editor.archived")));
        actions.addClassName("editor-actions");
        actions.add(save, publish, unpublish, archive, Links.to(basePath, getTranslation("content.editor.back")));

        missing.setId("missing");
        missing.setVisible(false);
        add(header, conflict, missing, formSlot, formProblems, actions);
        setUpLanguageFields();
    }

    // ---- what each kind supplies ----------------------------------------------------------------

    /** Puts a loaded or just-saved item into the form. */
    protected abstract void fill(D details);

    /** An empty form for a new item. */
    protected abstract void clearForm();

    /** The form as a draft, or empty when a field cannot be read (its own message shows why). */
    protected abstract Optional<T> readDraft();

    /** The input showing a service problem's field ("title", "steps[2].holdSeconds"), if any. */
    protected abstract Optional<HasValidation> fieldFor(String path);

    /** Extra facts next to the status badge (a routine's live version). */
    protected String statusNote(D details) {
        if (details.publishedAt() == null) {
            return getTranslation("content.editor.never-published");
        }
        return getTranslation(details.status() == ContentStatus.PUBLISHED ? "content.editor.published-on"
                : "content.editor.last-published-on", Dates.day(details.publishedAt(), ZoneOffset.UTC));
    }

    /** Whether Publish makes sense for this item now. */
    protected boolean canPublish(D details) {
        return details.status() != ContentStatus.PUBLISHED;
    }

    protected final void setForm(Component form) {
        formSlot.removeAll();
        formSlot.add(languageFields, form);
    }

    protected final D current() {
        return current;
    }

    // ---- navigation ---------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("new");
        conflict.setVisible(false);
        clearProblems();
        if (id.equals("new")) {
            current = null;
            lockVersion = 0;
            clearForm();
            fillLanguage(null);
            showForm(true);
            refreshState();
            return;
        }
        Optional<D> found = parseId(id).flatMap(operations.find()::apply);
        found.ifPresentOrElse(this::show, () -> {
            current = null;
            heading.setText(getTranslation("content.editor.no-such." + kind.name()));
            missing.setText(getTranslation("content.editor.missing." + kind.name(), id));
            showForm(false);
        });
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    // ---- actions ------------------------------------------------------------------------------

    private void saveForm() {
        clearProblems();
        boolean wasNew = current == null;
        readDraftInLanguage().ifPresentOrElse(draft -> {
            if (attempt(() -> save(draft), getTranslation("content.editor.saved"))) {
                KeptInput.saved(formSlot);
                if (wasNew) {
                    reopenAsSaved();
                }
            }
        }, this::showUnreadableForm);
    }

    /**
     * After a new item's first successful action it gets its own address and page title; the
     * editor reopens on it. (After a failure the address is updated in place, keeping the messages.)
     */
    private void reopenAsSaved() {
        UI.getCurrent().navigate(basePath + "/" + current.id());
    }

    /** Publishing saves first when the form differs from what is stored. */
    private void publishForm() {
        clearProblems();
        boolean wasNew = current == null;
        Optional<T> draft = readDraftInLanguage();
        if (draft.isEmpty()) {
            showUnreadableForm();
            return;
        }
        if (current == null || !draft.get().equals(operations.draftOf().apply(current))) {
            if (!attempt(() -> save(draft.get()), null)) {
                return;
            }
            KeptInput.saved(formSlot);
        }
        if (attempt(() -> operations.publish().apply(current.id(), lockVersion),
                getTranslation("content.editor.published"))
                && wasNew) {
            reopenAsSaved();
        }
    }

    private D save(T draft) {
        return current == null ? operations.create().apply(draft)
                : operations.update().apply(current.id(), lockVersion, draft);
    }

    private void changeStatus(Supplier<D> change, String done) {
        clearProblems();
        attempt(change, done);
    }

    private boolean attempt(Supplier<D> operation, String doneMessage) {
        boolean isNew = current == null;
        try {
            D result = operation.get();
            accept(result);
            if (isNew) {
                UI.getCurrent().getPage().getHistory().replaceState(null, basePath + "/" + result.id());
            }
            if (doneMessage != null) {
                Notification.show(doneMessage, 3000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            return true;
        } catch (InvalidInputException e) {
            showProblems(e.problems());
            return false;
        } catch (EditConflictException e) {
            conflict.open(e.currentLockVersion());
            return false;
        }
    }

    private void reload() {
        clearProblems();
        if (current != null) {
            operations.find().apply(current.id()).ifPresent(this::show);
            KeptInput.saved(formSlot); // the stored text replaced the admin's on purpose
        }
    }

    private void show(D details) {
        accept(details);
        fill(details);
        fillLanguage(details);
        showForm(true);
    }

    /** Remembers what the service returned without touching the form (the admin's text stays). */
    private void accept(D details) {
        current = details;
        lockVersion = details.lockVersion();
        refreshState();
    }

    private void refreshState() {
        heading.setText(getTranslation((current == null ? "content.editor.new." : "content.editor.edit.") + kind.name()));
        badge.show(current == null ? null : current.status());
        statusNote.setText(current == null ? getTranslation("content.editor.not-saved-yet") : statusNote(current));
        publish.setVisible(current == null || canPublish(current));
        publish.setText(getTranslation(current != null && current.status() == ContentStatus.PUBLISHED
                ? "content.editor.publish-changes" : "content.editor.publish"));
        unpublish.setVisible(current != null && current.status() != ContentStatus.DRAFT);
        archive.setVisible(current != null && current.status() != ContentStatus.ARCHIVED);
    }

    private void showForm(boolean visible) {
        formSlot.setVisible(visible);
        actions.setVisible(visible);
        badge.setVisible(visible);
        statusNote.setVisible(visible);
        missing.setVisible(!visible);
    }

    // ---- problems -----------------------------------------------------------------------------

    private void showProblems(List<FieldProblem> problems) {
        List<String> elsewhere = new ArrayList<>();
        for (FieldProblem p : problems) {
            Optional<HasValidation> field = languageField(p.field()).or(() -> fieldFor(p.field()));
            if (field.isPresent()) {
                field.get().setErrorMessage(p.message());
                field.get().setInvalid(true);
                markedInvalid.add(field.get());
            } else {
                elsewhere.add(p.message());
            }
        }
        formProblems.removeAll();
        formProblems.add(new Paragraph(elsewhere.isEmpty() ? getTranslation("content.editor.not-saved.fields")
                : getTranslation("content.editor.not-saved.problems", String.join(" · ", elsewhere))));
        formProblems.setVisible(true);
    }

    private void showUnreadableForm() {
        formProblems.removeAll();
        formProblems.add(new Paragraph(getTranslation("content.editor.not-saved.fields")));
        formProblems.setVisible(true);
    }

    private void clearProblems() {
        markedInvalid.forEach(f -> f.setInvalid(false));
        markedInvalid.clear();
        formProblems.setVisible(false);
    }

    // ---- language ------------------------------------------------------------------------------

    /**
     * The kind edited here, for the originals a translation may name: from the list's address
     * ("admin/articles" is {@link ContentKind#ARTICLE}).
     */
    protected ContentKind kind() {
        String list = basePath.substring(basePath.lastIndexOf('/') + 1);
        return ContentKind.valueOf(list.substring(0, list.length() - 1).toUpperCase(java.util.Locale.ROOT));
    }

    private void setUpLanguageFields() {
        languageFields.addClassName("editor-language");
        language.setId("language");
        language.setLabel(getTranslation("content-language.field"));
        language.setHelperText(getTranslation("content-language.field.helper"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::ownName);
        language.addValueChangeListener(e -> translationOf.setVisible(e.getValue() != null && e.getValue() != Language.ENGLISH));
        translationOf.setId("translation-of");
        translationOf.setLabel(getTranslation("content-language.translation-of"));
        translationOf.setHelperText(getTranslation("content-language.translation-of.helper"));
        translationOf.setItemLabelGenerator(TranslationOriginals.Original::title);
        translationOf.setClearButtonVisible(true);
        translationOf.setVisible(false);
    }

    /** The language fields from what is stored, or for a new item (English, no original). */
    private void fillLanguage(D details) {
        List<TranslationOriginals.Original> originals = VaadinService.getCurrent().getInstantiator()
                .getOrCreate(TranslationOriginals.class).of(kind()).stream()
                .filter(o -> details == null || o.id() != details.id()).toList();
        translationOf.setItems(originals);
        language.setValue(details == null ? Language.ENGLISH : details.language());
        Long original = details == null ? null : details.translationOf();
        translationOf.setValue(originals.stream().filter(o -> original != null && o.id() == original).findFirst().orElse(null));
    }

    /** The kind's draft in the chosen language; English drafts translate nothing. */
    private Optional<T> readDraftInLanguage() {
        Language chosen = language.getValue() == null ? Language.ENGLISH : language.getValue();
        Long original = chosen == Language.ENGLISH || translationOf.getValue() == null ? null : translationOf.getValue().id();
        return readDraft().map(draft -> draft.withLanguage(chosen, original));
    }

    private Optional<HasValidation> languageField(String path) {
        return switch (path) {
            case "language" -> Optional.of(language);
            case "translationOf" -> Optional.of(translationOf);
            default -> Optional.empty();
        };
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
