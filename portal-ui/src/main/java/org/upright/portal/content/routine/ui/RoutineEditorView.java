package org.upright.portal.content.routine.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.content.article.ArticleRef;
import org.upright.content.article.ArticleService;
import org.upright.content.routine.Difficulty;
import org.upright.content.routine.Equipment;
import org.upright.content.routine.RoutineDetails;
import org.upright.content.routine.RoutineDraft;
import org.upright.content.routine.RoutineService;
import org.upright.content.routine.RoutineStep;
import org.upright.content.routine.StepImageService;
import org.upright.content.shared.ContentKind;
import org.upright.content.shared.ContentStatus;
import org.upright.kernel.BodyArea;
import org.upright.accounts.AccountService;
import org.upright.portal.content.ui.ContentEditorView;
import org.upright.portal.content.ui.ContentOperations;
import org.upright.portal.content.ui.DraftRule;
import org.upright.portal.content.ui.EditorFields;

import java.util.List;
import java.util.Optional;

/**
 * Edits a routine's working copy and its steps. Members keep the published version until
 * "Publish changes" freezes the working copy as the next version.
 */
@Route("admin/routines/:id")
@RolesAllowed("ADMIN")
class RoutineEditorView extends ContentEditorView<RoutineDetails, RoutineDraft> {

    private final AccountService accounts;
    private final List<ArticleRef> linkable;
    private final Binder<RoutineForm> binder = new Binder<>();
    private final TextField slug = EditorFields.slug();
    private final TextField title = EditorFields.title(slug);
    private final TextArea summary = EditorFields.summary();
    private final CheckboxGroup<BodyArea> areas = new CheckboxGroup<>(getTranslation("content.field.areas"));
    private final Select<Difficulty> difficulty = new Select<>();
    private final Select<Equipment> equipment = new Select<>();
    private final TextField author = EditorFields.author();
    private final MultiSelectComboBox<ArticleRef> related;
    private final StepsEditor steps;

    RoutineEditorView(RoutineService routines, ArticleService articles, AccountService accounts,
                      StepImageService images) {
        super("admin/routines", ContentKind.ROUTINE, new ContentOperations<>(routines::findForEditing, routines::create,
                routines::update, routines::publish, routines::unpublish, routines::archive, RoutineEditorView::draftOf));
        this.accounts = accounts;
        this.steps = new StepsEditor(images);
        this.linkable = articles.listLinkable();
        this.related = EditorFields.relatedArticles(linkable);

        areas.setId("areas");
        areas.setItems(BodyArea.values());
        areas.setItemLabelGenerator(BodyArea::label);
        EditorFields.markRequired(areas);
        difficulty.setId("difficulty");
        difficulty.setLabel(getTranslation("content.field.difficulty"));
        difficulty.setItems(Difficulty.values());
        difficulty.setItemLabelGenerator(Difficulty::label);
        equipment.setId("equipment");
        equipment.setLabel(getTranslation("content.field.equipment"));
        equipment.setItems(Equipment.values());
        equipment.setItemLabelGenerator(Equipment::label);

        binder.forField(title).withValidator(rule("title")).bind(RoutineForm::getTitle, RoutineForm::setTitle);
        binder.forField(slug).withValidator(rule("slug")).bind(RoutineForm::getSlug, RoutineForm::setSlug);
        binder.forField(summary).withValidator(rule("summary")).bind(RoutineForm::getSummary, RoutineForm::setSummary);
        binder.forField(areas).withValidator(rule("areas")).bind(RoutineForm::getAreas, RoutineForm::setAreas);
        binder.forField(difficulty).withValidator(rule("difficulty"))
                .bind(RoutineForm::getDifficulty, RoutineForm::setDifficulty);
        binder.forField(equipment).withValidator(rule("equipment"))
                .bind(RoutineForm::getEquipment, RoutineForm::setEquipment);
        binder.forField(author).withValidator(rule("author")).bind(RoutineForm::getAuthor, RoutineForm::setAuthor);
        binder.forField(related).bind(RoutineForm::getRelated, RoutineForm::setRelated);

        Div choices = new Div(difficulty, equipment);
        choices.addClassName("field-row");
        Div fields = new Div(title, slug, summary, areas, choices, author, related);
        fields.addClassName("editor-fields");
        Div layout = new Div(fields, steps);
        layout.addClassName("routine-editor");
        setForm(layout);
    }

    private static DraftRule rule(String property) {
        return new DraftRule(RoutineDraft.class, property);
    }

    @Override
    protected String statusNote(RoutineDetails d) {
        if (d.publishedVersion() == null) {
            return getTranslation("content.editor.never-published");
        }
        String live = getTranslation(d.status() == ContentStatus.PUBLISHED ? "content.routine.editor.members-see"
                : "content.routine.editor.last-published", d.publishedVersion());
        return d.unpublishedChanges() ? live + " · " + getTranslation("content.routine.editor.changes") : live;
    }

    /** Always offered: publishing a published routine releases its changes as a new version. */
    @Override
    protected boolean canPublish(RoutineDetails details) {
        return true;
    }

    /** Related articles compare as a sorted list: the picker does not keep the stored order. */
    private static RoutineDraft draftOf(RoutineDetails details) {
        RoutineDraft d = details.toDraft();
        return new RoutineDraft(d.slug(), d.title(), d.summary(), d.areas(), d.difficulty(), d.equipment(), d.author(),
                d.steps(), d.relatedArticleIds().stream().sorted().toList())
                .withLanguage(d.language(), d.translationOf());
    }

    @Override
    protected void fill(RoutineDetails details) {
        binder.readBean(RoutineForm.of(details, linkable));
        steps.setSteps(details.steps());
    }

    @Override
    protected void clearForm() {
        RoutineForm empty = new RoutineForm();
        empty.setAuthor(accounts.currentProfile().map(p -> p.displayName()).orElse(""));
        binder.readBean(empty);
        steps.setSteps(List.of());
    }

    @Override
    protected Optional<RoutineDraft> readDraft() {
        RoutineForm form = new RoutineForm();
        boolean headerValid = binder.writeBeanIfValid(form);
        Optional<List<RoutineStep>> stepList = steps.readSteps();
        return headerValid && stepList.isPresent() ? Optional.of(form.toDraft(stepList.get())) : Optional.empty();
    }

    @Override
    protected Optional<HasValidation> fieldFor(String path) {
        if (path.startsWith("steps")) {
            return steps.fieldFor(path);
        }
        return Optional.ofNullable(switch (path) {
            case "title" -> title;
            case "slug" -> slug;
            case "summary" -> summary;
            case "areas" -> areas;
            case "difficulty" -> difficulty;
            case "equipment" -> equipment;
            case "author" -> author;
            default -> null;
        });
    }
}
