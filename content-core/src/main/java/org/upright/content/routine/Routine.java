package org.upright.content.routine;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.upright.content.shared.EditedByDraft;
import org.upright.content.shared.PublishableContent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** A routine's working copy; what members see lives in {@link RoutineVersion} snapshots. */
@Entity
@Table(name = "routine")
class Routine extends PublishableContent implements EditedByDraft<RoutineDraft> {

    @Column(nullable = false, length = 300)
    private String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> areas = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Difficulty difficulty;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Equipment equipment;

    @Column(name = "published_version")
    private Integer publishedVersion;

    @ElementCollection
    @CollectionTable(name = "routine_step", joinColumns = @JoinColumn(name = "routine_id"))
    @OrderColumn(name = "position")
    private List<StepColumns> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "routine_article", joinColumns = @JoinColumn(name = "routine_id"))
    @OrderColumn(name = "position")
    @Column(name = "article_id", nullable = false)
    private List<Long> relatedArticleIds = new ArrayList<>();

    protected Routine() {
    }

    Routine(Instant now) {
        super(now);
    }

    @Override
    public void apply(RoutineDraft draft, String slug, Instant now) {
        setHeader(slug, draft.title().strip(), draft.author().strip(), now);
        summary = draft.summary().strip();
        areas = new ArrayList<>(EnumSet.copyOf(draft.areas()).stream().map(Enum::name).toList());
        difficulty = draft.difficulty();
        equipment = draft.equipment();
        steps.clear();
        draft.steps().forEach(s -> steps.add(StepColumns.of(s)));
        relatedArticleIds.clear();
        relatedArticleIds.addAll(draft.relatedArticleIds());
    }

    Integer getPublishedVersion() {
        return publishedVersion;
    }

    @Override
    public Integer releasedVersion() {
        return publishedVersion;
    }

    void setPublishedVersion(int version) {
        this.publishedVersion = version;
    }

    /** What a snapshot freezes; two equal contents need no new version. */
    RoutineContent content() {
        return new RoutineContent(getTitle(), summary, RoutineContent.areasOf(areas), difficulty, equipment,
                steps.stream().map(StepColumns::toStep).toList());
    }

    RoutineDetails details(boolean unpublishedChanges) {
        RoutineContent c = content();
        return new RoutineDetails(getId(), getLockVersion(), getSlug(), c.title(), c.summary(), c.areas(), difficulty,
                equipment, getAuthor(), c.steps(), List.copyOf(relatedArticleIds), getStatus(), publishedVersion,
                unpublishedChanges, getPublishedAt(), getUpdatedAt(), getLanguage(), getTranslationOf());
    }

    RoutineRow row() {
        return new RoutineRow(getId(), getSlug(), getTitle(), difficulty, equipment, getStatus(), publishedVersion,
                getUpdatedAt(), getLanguage());
    }

    List<Long> relatedArticleIds() {
        return List.copyOf(relatedArticleIds);
    }
}
