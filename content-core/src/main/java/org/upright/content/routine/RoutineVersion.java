package org.upright.content.routine;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An immutable snapshot of a routine as published (the database refuses updates and deletes too). */
@Entity
@Table(name = "routine_version")
@IdClass(RoutineVersion.Key.class)
@Immutable
class RoutineVersion {

    record Key(long routineId, int versionNumber) implements Serializable {
    }

    @Id
    @Column(name = "routine_id")
    private long routineId;

    @Id
    @Column(name = "version_number")
    private int versionNumber;

    @Column(nullable = false, length = 120)
    private String title;

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

    @Column(name = "total_seconds", nullable = false)
    private int totalSeconds;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 120)
    private String publishedBy;

    @ElementCollection
    @CollectionTable(name = "routine_version_step", joinColumns = {
            @JoinColumn(name = "routine_id", referencedColumnName = "routine_id"),
            @JoinColumn(name = "version_number", referencedColumnName = "version_number")})
    @OrderColumn(name = "position")
    private List<StepColumns> steps = new ArrayList<>();

    protected RoutineVersion() {
    }

    RoutineVersion(long routineId, int versionNumber, RoutineContent content, Instant publishedAt, String publishedBy) {
        this.routineId = routineId;
        this.versionNumber = versionNumber;
        this.title = content.title();
        this.summary = content.summary();
        this.areas = new ArrayList<>(content.areas().stream().sorted().map(Enum::name).toList());
        this.difficulty = content.difficulty();
        this.equipment = content.equipment();
        this.totalSeconds = RoutineTiming.totalSeconds(content.steps());
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        content.steps().forEach(s -> steps.add(StepColumns.of(s)));
    }

    int versionNumber() {
        return versionNumber;
    }

    RoutineContent content() {
        return new RoutineContent(title, summary, RoutineContent.areasOf(areas), difficulty, equipment,
                steps.stream().map(StepColumns::toStep).toList());
    }

    RoutineVersionView view(String slug) {
        return new RoutineVersionView(routineId, slug, versionNumber, title,
                steps.stream().map(StepColumns::toStep).toList(), totalSeconds, publishedAt);
    }

    PublishedRoutine published(String slug, List<org.upright.content.article.ArticleRef> related,
                               org.upright.kernel.i18n.Language language) {
        RoutineContent c = content();
        return new PublishedRoutine(routineId, slug, title, summary, c.areas().stream().sorted().toList(), difficulty,
                equipment, versionNumber, c.steps(), totalSeconds, related, language);
    }
}
