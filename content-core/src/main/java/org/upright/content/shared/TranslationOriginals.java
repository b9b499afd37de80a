package org.upright.content.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The English items an admin may name as the original of a translation, for the editors' picker. */
@Service
@Transactional(readOnly = true)
public class TranslationOriginals {

    /** An item to choose as the original. */
    public record Original(long id, String title) {
    }

    private final JdbcClient jdbc;

    TranslationOriginals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** English items of {@code kind} that are not archived, by title. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Original> of(ContentKind kind) {
        String table = switch (kind) {
            case ARTICLE -> "article";
            case ROUTINE -> "routine";
            case PROGRAM -> "program";
        };
        return jdbc.sql("select id, title from " + table + " where language = 'en' and status <> 'ARCHIVED'"
                        + " order by lower(title), id")
                .query((rs, i) -> new Original(rs.getLong("id"), rs.getString("title")))
                .list();
    }
}
