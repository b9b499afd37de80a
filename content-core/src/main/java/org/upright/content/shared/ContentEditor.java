package org.upright.content.shared;

import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;
import org.upright.kernel.validation.FieldProblem;
import org.upright.kernel.validation.InputValidator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The admin flow articles, routines and programs share: load with the optimistic-lock check,
 * validate a draft (its constraints, the slug, the kind's own rules) and save it, and change status
 * through {@link ContentLifecycle}. Each service keeps one for its kind and calls it from its own
 * transactional, {@code @PreAuthorize}d methods, so those stay the place where access is decided.
 */
public final class ContentEditor<E extends PublishableContent & EditedByDraft<D>, D extends ContentDraft<D>> {

    /** Rules only the service can check (a program's schedule), reported together with the draft's constraints. */
    @FunctionalInterface
    public interface DraftRules<E, D> {
        List<FieldProblem> problems(E item, D normalizedDraft);
    }

    private final ContentKind kind;
    private final ContentRepository<E> repository;
    private final InputValidator validator;
    private final ContentLifecycle lifecycle;
    private final DraftRules<E, D> rules;

    public ContentEditor(ContentKind kind, ContentRepository<E> repository, InputValidator validator,
                         ContentLifecycle lifecycle) {
        this(kind, repository, validator, lifecycle, (item, draft) -> List.of());
    }

    public ContentEditor(ContentKind kind, ContentRepository<E> repository, InputValidator validator,
                         ContentLifecycle lifecycle, DraftRules<E, D> rules) {
        this.kind = kind;
        this.repository = repository;
        this.validator = validator;
        this.lifecycle = lifecycle;
        this.rules = rules;
    }

    /** A new DRAFT made by {@code newItem} (given the creation time), saved once the draft is valid. */
    public E create(Function<Instant, E> newItem, D draft) {
        return save(newItem.apply(lifecycle.now()), draft);
    }

    /** Saves over lock version {@code expectedLockVersion}; EditConflictException if someone saved since. */
    public E update(long id, long expectedLockVersion, D draft) {
        return save(loadLocked(id, expectedLockVersion), draft);
    }

    public E changeStatus(long id, long expectedLockVersion, ContentStatus to) {
        return changeStatus(loadLocked(id, expectedLockVersion), to);
    }

    /** For a service that checks its own rules on the loaded item first. */
    public E changeStatus(E item, ContentStatus to) {
        lifecycle.changeStatus(kind, item, to);
        return repository.saveAndFlush(item);
    }

    public E loadLocked(long id, long expectedLockVersion) {
        E item = load(id);
        lifecycle.checkLockVersion(kind, item, expectedLockVersion);
        return item;
    }

    public E load(long id) {
        return repository.findById(id).orElseThrow(() -> new ContentNotFoundException(kind, id));
    }

    private E save(E item, D draft) {
        long id = item.getId() == null ? -1 : item.getId(); // a new item has no id: every other item counts
        String slug = Slugs.slugOrDerived(draft.slug(), draft.title());
        D normalized = draft.withSlug(slug);
        List<FieldProblem> extra = new ArrayList<>(Slugs.slugProblems(slug,
                s -> repository.existsBySlugAndIdNot(s, id)));
        extra.addAll(translationProblems(id, normalized));
        extra.addAll(rules.problems(item, normalized));
        validator.requireValid(normalized, extra);
        item.apply(normalized, slug, lifecycle.now());
        item.setLanguage(normalized.language(), normalized.translationOf());
        return Slugs.saveCheckingSlug(() -> repository.saveAndFlush(item), slug);
    }

    /**
     * A translation names an English item of the same kind (not itself), at most one per language;
     * an item that others translate stays English.
     */
    private List<FieldProblem> translationProblems(long id, D draft) {
        List<FieldProblem> problems = new ArrayList<>();
        Language language = draft.language();
        if (language != Language.ENGLISH && id >= 0 && repository.existsByTranslationOf(id)) {
            problems.add(new FieldProblem("language", Wording.text("content-language.problem.has-translations")));
        }
        Long original = draft.translationOf();
        if (original == null) {
            return problems;
        }
        if (language == Language.ENGLISH) {
            problems.add(new FieldProblem("translationOf", Wording.text("content-language.problem.english-translation")));
            return problems;
        }
        Optional<E> target = original == id ? Optional.empty() : repository.findById(original);
        if (target.isEmpty()) {
            problems.add(new FieldProblem("translationOf", Wording.text("content-language.problem.no-original")));
        } else if (target.get().getLanguage() != Language.ENGLISH) {
            problems.add(new FieldProblem("translationOf", Wording.text("content-language.problem.original-not-english")));
        } else if (repository.existsByTranslationOfAndLanguageAndIdNot(original, language.code(), id)) {
            problems.add(new FieldProblem("translationOf", Wording.text("content-language.problem.already-translated",
                    language.ownName())));
        }
        return problems;
    }
}
