package org.upright.content.article;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.upright.content.shared.ContentStatus;

import java.util.Optional;

import static org.upright.content.shared.ContentSpecifications.attributeEquals;
import static org.upright.content.shared.ContentSpecifications.titleOrSlugContains;

interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

    Optional<Article> findBySlug(String slug);

    Optional<Article> findBySlugAndStatus(String slug, ContentStatus status);

    boolean existsBySlugAndIdNot(String slug, long id);

    /** The admin list filter, evaluated in the database. */
    static Specification<Article> matching(ArticleFilter filter) {
        return Specification.allOf(attributeEquals("status", filter.status()),
                attributeEquals("category", filter.category()), titleOrSlugContains(filter.text()));
    }
}
