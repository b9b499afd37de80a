package org.upright.content.shared;

import org.upright.kernel.i18n.Language;

import java.util.List;

/**
 * The SQL that decides which language versions members see, shared by the member queries of
 * articles, routines and programs: items in the reader's language first, then English items that
 * have no published translation into it; items in any other language are not shown. An English
 * reader sees English items only. The fragments read the reader's language code from the named
 * parameter {@value #PARAMETER}; table and alias names come from the code, never from input.
 */
public final class ContentLanguages {

    /** The named parameter the fragments use: bind it to {@link #code(Language)} of the reader. */
    public static final String PARAMETER = "readerLanguage";

    private ContentLanguages() {
    }

    public static String code(Language reader) {
        return reader.code();
    }

    /** The languages a reader sees, their own first; English readers: English only. */
    public static List<Language> shownTo(Language reader) {
        return reader == Language.ENGLISH ? List.of(Language.ENGLISH) : List.of(reader, Language.ENGLISH);
    }

    /**
     * Condition on the row {@code alias} of {@code table} (article, routine or program): the reader's
     * language, or English without a published translation into the reader's language.
     */
    public static String visibleTo(String table, String alias, Language reader) {
        if (reader == Language.ENGLISH) {
            return alias + ".language = 'en'";
        }
        return "(" + alias + ".language = :" + PARAMETER + " or (" + alias + ".language = 'en' and not exists (select 1 from "
                + table + " tr where tr.translation_of = " + alias + ".id and tr.language = :" + PARAMETER
                + " and tr.status = 'PUBLISHED')))";
    }

    /** The first order term (with its comma): the reader's language before English; nothing for English readers. */
    public static String readerFirst(String alias, Language reader) {
        return reader == Language.ENGLISH ? "" : "case when " + alias + ".language = :" + PARAMETER + " then 0 else 1 end, ";
    }

    /** PostgreSQL's text-search configuration for a language ({@code german}, {@code english}). */
    public static String searchConfiguration(Language language) {
        return switch (language) {
            case ENGLISH -> "english";
            case GERMAN -> "german";
        };
    }
}
