package org.upright.content.shared;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.upright.kernel.i18n.Language;

import java.time.Instant;

/** What articles, routines and programs share: identity, slug, title, byline, life cycle, lock. */
@MappedSuperclass
public abstract class PublishableContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String slug;

    @Column(nullable = false, length = 120)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContentStatus status = ContentStatus.DRAFT;

    @Column(nullable = false, length = 120)
    private String author;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long lockVersion;

    /** The code of the {@link Language} the item is written in. */
    @Column(nullable = false, length = 2)
    private String language = Language.ENGLISH.code();

    /** The English item of the same kind this one translates, or null. */
    @Column(name = "translation_of")
    private Long translationOf;

    protected PublishableContent() {
    }

    protected PublishableContent(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public Language getLanguage() {
        return Language.ofCode(language).orElse(Language.ENGLISH);
    }

    public Long getTranslationOf() {
        return translationOf;
    }

    /**
     * The version a publish releases, for content that keeps versions (routines); null otherwise.
     * Carried by {@link ContentStatusChanged} so the audit log names the version members now see.
     */
    public Integer releasedVersion() {
        return null;
    }

    protected void setHeader(String slug, String title, String author, Instant now) {
        this.slug = slug;
        this.title = title;
        this.author = author;
        this.updatedAt = now;
    }

    /** Set by {@link ContentEditor} from the draft, with the slug and the kind's own fields. */
    void setLanguage(Language language, Long translationOf) {
        this.language = language.code();
        this.translationOf = translationOf;
    }

    /** Moves to {@code to}; a publish stamps the publication time. Transitions are checked by {@link ContentLifecycle}. */
    void changeStatus(ContentStatus to, Instant now) {
        this.status = to;
        this.updatedAt = now;
        if (to == ContentStatus.PUBLISHED) {
            this.publishedAt = now;
        }
    }
}
