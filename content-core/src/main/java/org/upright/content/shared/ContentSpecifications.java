package org.upright.content.shared;

import org.springframework.data.jpa.domain.Specification;

import java.util.Locale;

/** Building blocks of the admin list filters; a null value means "no restriction". */
public final class ContentSpecifications {

    private ContentSpecifications() {
    }

    public static <T> Specification<T> attributeEquals(String attribute, Object value) {
        return value == null ? Specification.unrestricted()
                : (root, query, cb) -> cb.equal(root.get(attribute), value);
    }

    /** Title or slug contains the text, ignoring case; LIKE wildcards in the text are taken literally. */
    public static <T> Specification<T> titleOrSlugContains(String text) {
        if (text == null || text.isBlank()) {
            return Specification.unrestricted();
        }
        String like = "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return (root, query, cb) -> cb.or(cb.like(cb.lower(root.get("title")), like, '\\'),
                cb.like(root.get("slug"), like, '\\'));
    }
}
