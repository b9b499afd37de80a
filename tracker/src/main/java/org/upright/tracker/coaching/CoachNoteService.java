package org.upright.tracker.coaching;

import org.upright.kernel.i18n.Wording;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.member.CoachDirectory;
import org.upright.kernel.member.Member;
import org.upright.kernel.member.MemberAccess;
import org.upright.kernel.validation.InputValidator;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Private coach notes about a member. Only the member's current coach reads or writes them
 * (notes of an earlier coach pass on with the member, under their author's name); members and
 * admins never see them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('COACH')")
public class CoachNoteService {

    public static final int MAX_LENGTH = 2000;
    private static final int RECENT = 100;

    record Note(@NotBlank(message = "{tracker.coaching.note.required}") @Size(max = MAX_LENGTH, message = "{tracker.coaching.note.length}")
                String body) {
    }

    private record Stored(long id, long authorId, String body, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final MemberAccess access;
    private final CoachDirectory coaches;
    private final InputValidator validator;
    private final Clock clock;

    CoachNoteService(JdbcClient jdbc, MemberAccess access, CoachDirectory coaches, InputValidator validator, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.coaches = coaches;
        this.validator = validator;
        this.clock = clock;
    }

    /** Adds a note about one of the signed-in coach's clients; field "body" carries any problem. */
    @Transactional
    public CoachNoteItem add(long memberId, String body) {
        Member client = access.requireMyClient(memberId);
        validator.requireValid(new Note(body));
        String text = body.strip();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long id = jdbc.sql("insert into coach_note (member_id, author_id, body, created_at) values (?, ?, ?, ?) returning id")
                .params(memberId, client.coachId(), text, now.atOffset(ZoneOffset.UTC)).query(Long.class).single();
        return new CoachNoteItem(id, memberId, coaches.name(client.coachId(), Wording.text("tracker.coaching.coach")), text, now);
    }

    /** The most recent notes about one of the signed-in coach's clients, newest first. */
    public List<CoachNoteItem> list(long memberId) {
        access.requireMyClient(memberId);
        List<Stored> notes = jdbc.sql("""
                        select id, author_id, body, created_at from coach_note where member_id = ?
                        order by created_at desc, id desc limit ?""")
                .params(memberId, RECENT)
                .query((rs, i) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
        Map<Long, String> names = coaches.names(notes.stream().map(Stored::authorId).distinct().toList());
        return notes.stream().map(n -> new CoachNoteItem(n.id(), memberId, names.getOrDefault(n.authorId(), Wording.text("tracker.coaching.former-coach")),
                n.body(), n.createdAt())).toList();
    }
}
