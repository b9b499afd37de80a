package org.upright.content.shared;

import org.upright.kernel.i18n.Language;

import java.util.List;

/** What every kind of draft has: a slug (blank means "make one from the title") and a title. */
public interface ContentDraft<D extends ContentDraft<D>> {

    String slug();

    String title();

    /** The language the item is written in (drafts make a missing one English). */
    Language language();

    /** The English item of the same kind this one is a translation of, or null. */
    Long translationOf();

    /** The same draft in {@code language}, as a translation of {@code translationOf} (or of none). */
    D withLanguage(Language language, Long translationOf);

    /** The same draft with the slug to store. */
    D withSlug(String storedSlug);

    /** A list as given, or empty when the caller left it out (records then never hold null lists). */
    static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The language given, English when the caller left it out. */
    static Language languageOrEnglish(Language language) {
        return language == null ? Language.ENGLISH : language;
    }

    /** Related-article ids without repeats, in the order given. */
    static List<Long> distinctIds(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().distinct().toList();
    }
}
