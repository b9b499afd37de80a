package org.upright.content.shared;

import java.util.List;

/** What every kind of draft has: a slug (blank means "make one from the title") and a title. */
public interface ContentDraft<D extends ContentDraft<D>> {

    String slug();

    String title();

    /** The same draft with the slug to store. */
    D withSlug(String storedSlug);

    /** A list as given, or empty when the caller left it out (records then never hold null lists). */
    static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Related-article ids without repeats, in the order given. */
    static List<Long> distinctIds(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().distinct().toList();
    }
}
