package org.upright.portal.content.program.ui;

import org.upright.content.article.ArticleRef;
import org.upright.content.program.ProgramDetails;
import org.upright.content.program.ProgramDraft;
import org.upright.content.program.ScheduleEntry;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The program editor's mutable form model. */
class ProgramForm {

    private String slug = "";
    private String title = "";
    private String description = "";
    private Integer weeks = 4;
    private String author = "";
    private List<ScheduleEntry> schedule = List.of();
    private Set<ArticleRef> related = Set.of();

    static ProgramForm of(ProgramDetails d, Collection<ArticleRef> linkable) {
        ProgramForm f = new ProgramForm();
        f.slug = d.slug();
        f.title = d.title();
        f.description = d.description();
        f.weeks = d.weeks();
        f.author = d.author();
        f.schedule = d.schedule();
        f.related = linkable.stream().filter(a -> d.relatedArticleIds().contains(a.id())).collect(Collectors.toSet());
        return f;
    }

    ProgramDraft toDraft() {
        return new ProgramDraft(slug, title, description, weeks, author, schedule,
                related.stream().map(ArticleRef::id).sorted().toList());
    }

    String getSlug() {
        return slug;
    }

    void setSlug(String slug) {
        this.slug = slug;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
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

    String getAuthor() {
        return author;
    }

    void setAuthor(String author) {
        this.author = author;
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
