package org.upright.portal.content.program.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.content.article.ArticleRef;
import org.upright.content.article.ArticleService;
import org.upright.content.program.ProgramDetails;
import org.upright.content.program.ProgramDraft;
import org.upright.content.program.ProgramService;
import org.upright.content.routine.RoutineService;
import org.upright.content.shared.ContentKind;
import org.upright.accounts.AccountService;
import org.upright.portal.content.ui.ContentEditorView;
import org.upright.portal.content.ui.ContentOperations;
import org.upright.portal.content.ui.DraftRule;
import org.upright.portal.content.ui.EditorFields;

import java.util.List;
import java.util.Optional;

/** Edits a program: description, length and which routines on which days. */
@Route("admin/programs/:id")
@RolesAllowed("ADMIN")
class ProgramEditorView extends ContentEditorView<ProgramDetails, ProgramDraft> {

    private final AccountService accounts;
    private final List<ArticleRef> linkable;
    private final Binder<ProgramForm> binder = new Binder<>();
    private final TextField slug = EditorFields.slug();
    private final TextField title = EditorFields.title(slug);
    private final TextArea description = new TextArea(getTranslation("content.field.description"));
    private final IntegerField weeks = new IntegerField(getTranslation("content.program.editor.weeks"));
    private final TextField author = EditorFields.author();
    private final MultiSelectComboBox<ArticleRef> related;
    private final ScheduleEditor schedule;

    ProgramEditorView(ProgramService programs, RoutineService routines, ArticleService articles,
                      AccountService accounts) {
        super("admin/programs", ContentKind.PROGRAM, new ContentOperations<>(programs::findForEditing, programs::create,
                programs::update, programs::publish, programs::unpublish, programs::archive, ProgramEditorView::draftOf));
        this.accounts = accounts;
        this.linkable = articles.listLinkable();
        this.related = EditorFields.relatedArticles(linkable);
        this.schedule = new ScheduleEditor(routines.listSchedulable());

        description.setId("description");
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(4000);
        weeks.setId("weeks");
        weeks.setStepButtonsVisible(true);
        weeks.setRequiredIndicatorVisible(true);
        weeks.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(
                getTranslation("content.program.editor.weeks.bad")));
        weeks.addValueChangeListener(e -> schedule.setWeeks(e.getValue()));

        binder.forField(title).withValidator(rule("title")).bind(ProgramForm::getTitle, ProgramForm::setTitle);
        binder.forField(slug).withValidator(rule("slug")).bind(ProgramForm::getSlug, ProgramForm::setSlug);
        binder.forField(description).withValidator(rule("description"))
                .bind(ProgramForm::getDescription, ProgramForm::setDescription);
        binder.forField(weeks).asRequired(getTranslation("content.validation.weeks.range")).withValidator(rule("weeks"))
                .bind(ProgramForm::getWeeks, ProgramForm::setWeeks);
        binder.forField(author).withValidator(rule("author")).bind(ProgramForm::getAuthor, ProgramForm::setAuthor);
        binder.forField(schedule).withValidator(rule("schedule")).bind(ProgramForm::getSchedule, ProgramForm::setSchedule);
        binder.forField(related).bind(ProgramForm::getRelated, ProgramForm::setRelated);

        Div fields = new Div(title, slug, description, weeks, author, related);
        fields.addClassName("editor-fields");
        Div layout = new Div(fields, schedule);
        layout.addClassName("program-editor");
        setForm(layout);
    }

    private static DraftRule rule(String property) {
        return new DraftRule(ProgramDraft.class, property);
    }

    /** Related articles compare as a sorted list: the picker does not keep the stored order. */
    private static ProgramDraft draftOf(ProgramDetails details) {
        ProgramDraft d = details.toDraft();
        return new ProgramDraft(d.slug(), d.title(), d.description(), d.weeks(), d.author(), d.schedule(),
                d.relatedArticleIds().stream().sorted().toList())
                .withLanguage(d.language(), d.translationOf());
    }

    @Override
    protected void fill(ProgramDetails details) {
        binder.readBean(ProgramForm.of(details, linkable));
    }

    @Override
    protected void clearForm() {
        ProgramForm empty = new ProgramForm();
        empty.setAuthor(accounts.currentProfile().map(p -> p.displayName()).orElse(""));
        binder.readBean(empty);
    }

    @Override
    protected Optional<ProgramDraft> readDraft() {
        ProgramForm form = new ProgramForm();
        return binder.writeBeanIfValid(form) ? Optional.of(form.toDraft()) : Optional.empty();
    }

    @Override
    protected Optional<HasValidation> fieldFor(String path) {
        if (path.startsWith("schedule")) {
            return Optional.of(schedule);
        }
        return Optional.ofNullable(switch (path) {
            case "title" -> title;
            case "slug" -> slug;
            case "description" -> description;
            case "weeks" -> weeks;
            case "author" -> author;
            default -> null;
        });
    }
}
