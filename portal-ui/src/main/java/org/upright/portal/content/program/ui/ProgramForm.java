package org.upright.portal.content.program.ui;

import org.upright.content.article.ArticleRef;
import org.upright.content.program.ProgramDetails;
import org.upright.content.program.ProgramDraft;
import org.upright.content.program.ScheduleEntry;
import org.upright.portal.content.ui.ContentForm;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The program editor's mutable form model. */
class ProgramForm extends ContentForm {

    private String description = "";
    private Integer weeks = 4;
    private List<ScheduleEntry> schedule = List.of();
    private Set<ArticleRef> related = Set.of();

    static ProgramForm of(ProgramDetails d, Collection<ArticleRef> linkable) {
        ProgramForm f = new ProgramForm();
        f.readHeader(d);
        f.description = d.description();
        f.weeks = d.weeks();
        f.schedule = d.schedule();
        f.related = chosenArticles(linkable, d.relatedArticleIds());
        return f;
    }

    ProgramDraft toDraft() {
        return new ProgramDraft(getSlug(), getTitle(), description, weeks, getAuthor(), schedule, articleIds(related));
    }

    String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    Integer getWeeks() {
        return weeks;
    }

    void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }


    List<ScheduleEntry> getSchedule() {
        return schedule;
    }

    void setSchedule(List<ScheduleEntry> schedule) {
        this.schedule = schedule;
    }

    Set<ArticleRef> getRelated() {
        return related;
    }

    void setRelated(Set<ArticleRef> related) {
        this.related = related;
    }
}
