package org.upright.portal.content.routine.ui;

import org.upright.content.article.ArticleRef;
import org.upright.content.routine.Difficulty;
import org.upright.content.routine.Equipment;
import org.upright.content.routine.RoutineDetails;
import org.upright.content.routine.RoutineDraft;
import org.upright.content.routine.RoutineStep;
import org.upright.kernel.BodyArea;
import org.upright.portal.content.ui.ContentForm;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The routine editor's header fields; steps live in {@link StepsEditor}. */
class RoutineForm extends ContentForm {

    private String summary = "";
    private Set<BodyArea> areas = Set.of();
    private Difficulty difficulty = Difficulty.BEGINNER;
    private Equipment equipment = Equipment.NONE;
    private Set<ArticleRef> related = Set.of();

    /** {@code linkable} resolves the stored article ids to the choices the picker offers. */
    static RoutineForm of(RoutineDetails d, Collection<ArticleRef> linkable) {
        RoutineForm f = new RoutineForm();
        f.readHeader(d);
        f.summary = d.summary();
        f.areas = d.areas();
        f.difficulty = d.difficulty();
        f.equipment = d.equipment();
        f.related = chosenArticles(linkable, d.relatedArticleIds());
        return f;
    }

    RoutineDraft toDraft(List<RoutineStep> steps) {
        return new RoutineDraft(getSlug(), getTitle(), summary, areas, difficulty, equipment, getAuthor(), steps,
                articleIds(related));
    }

    String getSummary() {
        return summary;
    }

    void setSummary(String summary) {
        this.summary = summary;
    }

    Set<BodyArea> getAreas() {
        return areas;
    }

    void setAreas(Set<BodyArea> areas) {
        this.areas = areas;
    }

    Difficulty getDifficulty() {
        return difficulty;
    }

    void setDifficulty(Difficulty difficulty) {
        this.difficulty = difficulty;
    }

    Equipment getEquipment() {
        return equipment;
    }

    void setEquipment(Equipment equipment) {
        this.equipment = equipment;
    }


    Set<ArticleRef> getRelated() {
        return related;
    }

    void setRelated(Set<ArticleRef> related) {
        this.related = related;
    }
}
