package org.upright.content.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.upright.content.shared.EditedByDraft;
import org.upright.content.shared.PublishableContent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A program: which routines on which days. */
@Entity
@Table(name = "program")
class Program extends PublishableContent implements EditedByDraft<ProgramDraft> {

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(nullable = false)
    private int weeks;

    @ElementCollection
    @CollectionTable(name = "program_schedule", joinColumns = @JoinColumn(name = "program_id"))
    private List<ScheduleColumns> schedule = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "program_article", joinColumns = @JoinColumn(name = "program_id"))
    @OrderColumn(name = "position")
    @Column(name = "article_id", nullable = false)
    private List<Long> relatedArticleIds = new ArrayList<>();

    protected Program() {
    }

    Program(Instant now) {
        super(now);
    }

    @Override
    public void apply(ProgramDraft draft, String slug, Instant now) {
        setHeader(slug, draft.title().strip(), draft.author().strip(), now);
        description = draft.description().strip();
        weeks = draft.weeks();
        schedule.clear();
        Map<Integer, Integer> nextPosition = new HashMap<>();
        for (ScheduleEntry e : draft.schedule()) {
            schedule.add(new ScheduleColumns(e.day(), nextPosition.merge(e.day(), 1, Integer::sum), e.routineId()));
        }
        relatedArticleIds.clear();
        relatedArticleIds.addAll(draft.relatedArticleIds());
    }

    /** Sorted by day, then by the order within the day. */
    List<ScheduleEntry> schedule() {
        return schedule.stream()
                .sorted(Comparator.comparingInt(ScheduleColumns::dayNumber).thenComparingInt(ScheduleColumns::position))
                .map(ScheduleColumns::entry)
                .toList();
    }

    String description() {
        return description;
    }

    int weeks() {
        return weeks;
    }

    List<Long> relatedArticleIds() {
        return List.copyOf(relatedArticleIds);
    }

    ProgramDetails details() {
        return new ProgramDetails(getId(), getLockVersion(), getSlug(), getTitle(), description, weeks, getAuthor(),
                schedule(), relatedArticleIds(), getStatus(), getPublishedAt(), getUpdatedAt(), getLanguage(),
                getTranslationOf());
    }

    ProgramRow row() {
        return new ProgramRow(getId(), getSlug(), getTitle(), weeks, getStatus(), getUpdatedAt(), getLanguage());
    }
}
