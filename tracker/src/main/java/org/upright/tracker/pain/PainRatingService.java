package org.upright.tracker.pain;

import org.upright.kernel.i18n.Wording;
import org.upright.kernel.BodyArea;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.validation.FieldChecks;
import org.upright.tracker.shared.MemberCalendar;
import org.upright.tracker.shared.ProgressChanged;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Daily pain ratings: one per member per local day. Saving a day again updates it, with a
 * single upsert so two racing requests leave one row holding the last value written.
 */
@Service
@Transactional(readOnly = true)
public class PainRatingService {

    /** How many days back a member may still fill in or change a rating. */
    public static final int EDIT_WINDOW_DAYS = 30;
    public static final int NOTE_MAX_LENGTH = 1000;

    private static final String UPSERT = """
            insert into pain_rating (member_id, day, score, body_areas, note)
            values (:member, :day, :score, string_to_array(:areas, ',')::varchar(16)[], :note)
            on conflict (member_id, day) do update
               set score = excluded.score, body_areas = excluded.body_areas, note = excluded.note, updated_at = now()
            returning *""";

    private final JdbcClient jdbc;
    private final MemberCalendar calendar;
    private final ApplicationEventPublisher events;

    PainRatingService(JdbcClient jdbc, MemberCalendar calendar, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.events = events;
    }

    /** Creates or replaces the member's rating for {@code input.day()} (today or up to 30 days back). */
    @Transactional
    public PainRating save(long memberId, PainRatingInput input) {
        LocalDate today = calendar.today(memberId);
        FieldChecks checks = new FieldChecks();
        checks.require(input.day() != null, "day", Wording.text("tracker.rating.day.required"));
        if (input.day() != null) {
            checks.require(!input.day().isAfter(today), "day", Wording.text("tracker.rating.day.future"))
                    .require(!input.day().isBefore(oldestEditableDay(today)), "day",
                            Wording.text("tracker.rating.day.window", EDIT_WINDOW_DAYS));
        }
        validateContent(checks, input);
        checks.throwIfAny();
        PainRating saved = upsert(memberId, input);
        events.publishEvent(new ProgressChanged(memberId));
        return saved;
    }

    /**
     * Stores ratings of any past day, without the 30-day window: for demo history and imports.
     * Scores and notes are still checked; future days are still refused.
     */
    @Transactional
    public int importHistory(long memberId, List<PainRatingInput> days) {
        LocalDate today = calendar.today(memberId);
        for (PainRatingInput input : days) {
            FieldChecks checks = new FieldChecks();
            checks.require(input.day() != null && !input.day().isAfter(today), "day", Wording.text("tracker.rating.day.import"));
            validateContent(checks, input);
            checks.throwIfAny();
            upsert(memberId, input);
        }
        events.publishEvent(new ProgressChanged(memberId));
        return days.size();
    }

    public Optional<PainRating> find(long memberId, LocalDate day) {
        return jdbc.sql("select * from pain_rating where member_id = ? and day = ?").params(memberId, day)
                .query(ROW).optional();
    }

    public Optional<PainRating> today(long memberId) {
        return find(memberId, calendar.today(memberId));
    }

    /** Ratings between the two days (inclusive), newest first. */
    public List<PainRating> list(long memberId, LocalDate from, LocalDate to) {
        return jdbc.sql("select * from pain_rating where member_id = ? and day between ? and ? order by day desc")
                .params(memberId, from, to).query(ROW).list();
    }

    /** The oldest day the member may still change: today minus {@value #EDIT_WINDOW_DAYS} days. */
    public LocalDate oldestEditableDay(long memberId) {
        return oldestEditableDay(calendar.today(memberId));
    }

    private static LocalDate oldestEditableDay(LocalDate today) {
        return today.minusDays(EDIT_WINDOW_DAYS);
    }

    private static void validateContent(FieldChecks checks, PainRatingInput input) {
        checks.score(input.score(), "score", true).note(input.note(), "note", NOTE_MAX_LENGTH);
    }

    private PainRating upsert(long memberId, PainRatingInput input) {
        String areas = input.bodyAreas().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        return jdbc.sql(UPSERT)
                .param("member", memberId).param("day", input.day()).param("score", input.score())
                .param("areas", areas).param("note", note)
                .query(ROW).single();
    }

    private static final RowMapper<PainRating> ROW = (rs, i) -> new PainRating(
            rs.getLong("id"), rs.getLong("member_id"), rs.getObject("day", LocalDate.class), rs.getInt("score"),
            areas(rs.getArray("body_areas")), rs.getString("note"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            rs.getObject("updated_at", OffsetDateTime.class).toInstant());

    static Set<BodyArea> areas(Array array) throws SQLException {
        Set<BodyArea> areas = EnumSet.noneOf(BodyArea.class);
        if (array != null) {
            Arrays.stream((Object[]) array.getArray()).map(a -> BodyArea.valueOf((String) a)).forEach(areas::add);
        }
        return areas;
    }
}
