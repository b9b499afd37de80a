package org.upright.content.article;

import org.springframework.data.jpa.domain.Specification;
import org.upright.content.shared.ContentRepository;

import static org.upright.content.shared.ContentSpecifications.attributeEquals;
import static org.upright.content.shared.ContentSpecifications.titleOrSlugContains;

interface ArticleRepository extends ContentRepository<Article> {

    /** The admin list filter, evaluated in the database. */
    static Specification<Article> matching(ArticleFilter filter) {
        return Specification.allOf(attributeEquals("status", filter.status()),
                attributeEquals("category", filter.category()), titleOrSlugContains(filter.text()));
    }
}
