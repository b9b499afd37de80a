package org.upright.content.shared;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;

import java.util.Optional;

/** The look-ups every kind of content needs; each kind's repository extends this. */
@NoRepositoryBean
public interface ContentRepository<E extends PublishableContent>
        extends JpaRepository<E, Long>, JpaSpecificationExecutor<E> {

    Optional<E> findBySlug(String slug);

    Optional<E> findBySlugAndStatus(String slug, ContentStatus status);

    /** Whether another item (not {@code id}) already uses {@code slug}. */
    boolean existsBySlugAndIdNot(String slug, long id);

    /** Whether some item names {@code id} as its original. */
    boolean existsByTranslationOf(Long id);

    /** Whether another item (not {@code id}) is already the translation of {@code original} into {@code languageCode}. */
    boolean existsByTranslationOfAndLanguageAndIdNot(Long original, String languageCode, long id);
}
