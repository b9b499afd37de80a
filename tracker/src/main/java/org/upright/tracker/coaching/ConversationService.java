package org.upright.tracker.coaching;

import org.upright.kernel.i18n.Wording;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.member.CoachDirectory;
import org.upright.kernel.member.Member;
import org.upright.kernel.member.MemberAccess;
import org.upright.kernel.member.MemberDirectory;
import org.upright.kernel.validation.FieldProblem;
import org.upright.kernel.validation.InputValidator;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conversation between a member and their coach. A member reads and writes only their own
 * thread with their current coach; a coach only the threads of their own clients
 * ({@link MemberAccess#requireMyClient}); admins neither. Messages stay in the thread once read;
 * each side's unread count is what the other side wrote since it last opened the thread.
 */
@Service
@Transactional(readOnly = true)
public class ConversationService {

    public static final int MAX_LENGTH = 1000;
    /** How many of the most recent messages a thread shows. */
    public static final int THREAD_LENGTH = 200;

    record Message(@NotBlank(message = "{tracker.coaching.message.required}")
                   @Size(max = MAX_LENGTH, message = "{tracker.coaching.message.length}") String body) {
    }

    private record Stored(long id, boolean fromCoach, String body, Instant sentAt, Instant readAt) {
    }

    private static final RowMapper<Stored> STORED = (rs, i) -> new Stored(rs.getLong("id"), rs.getBoolean("from_coach"),
            rs.getString("body"), instant(rs.getObject("sent_at", OffsetDateTime.class)),
            instant(rs.getObject("read_at", OffsetDateTime.class)));

    private final JdbcClient jdbc;
    private final MemberAccess access;
    private final MemberDirectory members;
    private final CoachDirectory coaches;
    private final InputValidator validator;
    private final Clock clock;

    ConversationService(JdbcClient jdbc, MemberAccess access, MemberDirectory members, CoachDirectory coaches,
                        InputValidator validator, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.members = members;
        this.coaches = coaches;
        this.validator = validator;
        this.clock = clock;
    }

    /** The signed-in member's thread with their current coach (empty, and no coach, if none is assigned). */
    @PreAuthorize("hasRole('MEMBER')")
    public MessageThread myThread() {
        Member me = access.requireCurrentMember();
        return thread(me, me.coachId());
    }

    /** The signed-in member writes to their coach; field "body" carries any problem, also "no coach yet". */
    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public ConversationMessage reply(String body) {
        Member me = access.requireCurrentMember();
        validator.requireValid(new Message(body), me.coachId() == null
                ? List.of(new FieldProblem("body", Wording.text("tracker.coaching.no-coach")))
                : List.of());
        return store(me, me.coachId(), false, body.strip(), now(), null);
    }

    /** How many of the coach's messages the signed-in member has not read (the menu badge). */
    @PreAuthorize("hasRole('MEMBER')")
    public int myUnreadCount() {
        Member me = access.requireCurrentMember();
        return me.coachId() == null ? 0 : unread(me.id(), me.coachId(), true);
    }

    /** The member has opened their thread: the coach's messages so far count as read. */
    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public int markMyThreadRead() {
        Member me = access.requireCurrentMember();
        return me.coachId() == null ? 0 : markRead(me.id(), me.coachId(), true);
    }

    /** The signed-in coach's thread with one of their clients. */
    @PreAuthorize("hasRole('COACH')")
    public MessageThread threadWith(long memberId) {
        Member client = access.requireMyClient(memberId);
        return thread(client, client.coachId());
    }

    /** The signed-in coach writes to one of their clients; field "body" carries any problem. */
    @Transactional
    @PreAuthorize("hasRole('COACH')")
    public ConversationMessage send(long memberId, String body) {
        Member client = access.requireMyClient(memberId);
        validator.requireValid(new Message(body));
        return store(client, client.coachId(), true, body.strip(), now(), null);
    }

    /** The coach has opened the client's thread: the client's messages so far count as read. */
    @Transactional
    @PreAuthorize("hasRole('COACH')")
    public int markClientThreadRead(long memberId) {
        Member client = access.requireMyClient(memberId);
        return markRead(client.id(), client.coachId(), false);
    }

    /** Unread messages from each of the signed-in coach's clients, by member id; clients with none are left out. */
    @PreAuthorize("hasRole('COACH')")
    public Map<Long, Integer> unreadByClient() {
        long coachId = access.requireCurrentCoach();
        Long[] clients = members.clientsOf(coachId).stream().map(Member::id).toArray(Long[]::new);
        Map<Long, Integer> counts = new HashMap<>();
        if (clients.length == 0) {
            return counts;
        }
        jdbc.sql("""
                        select c.member_id, count(*) from conversation c
                        join conversation_message m on m.conversation_id = c.id
                        where c.coach_id = ? and c.member_id = any(?) and not m.from_coach and m.read_at is null
                        group by c.member_id""")
                .params(coachId, clients)
                .query((rs, i) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
        return counts;
    }

    /**
     * Stores a message with its own times, between a member and their current coach: for demo data
     * and imports at start-up (which run as the system admin), never from a screen.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ConversationMessage importMessage(long memberId, boolean fromCoach, String body, Instant sentAt, Instant readAt) {
        Member member = members.find(memberId).orElseThrow(() -> new IllegalArgumentException("No member " + memberId));
        if (member.coachId() == null) {
            throw new IllegalArgumentException("Member " + memberId + " has no coach");
        }
        if (sentAt.isAfter(now()) || (readAt != null && readAt.isBefore(sentAt))) {
            throw new IllegalArgumentException("A message is sent in the past and read after it was sent");
        }
        validator.requireValid(new Message(body));
        return store(member, member.coachId(), fromCoach, body.strip(), sentAt.truncatedTo(ChronoUnit.MICROS),
                readAt == null ? null : readAt.truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * How many messages a member has in their thread with their current coach (0 without a coach):
     * for demo data and imports at start-up (which run as the system admin), so they add theirs once.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int messageCount(long memberId) {
        Member member = members.find(memberId).orElseThrow(() -> new IllegalArgumentException("No member " + memberId));
        if (member.coachId() == null) {
            return 0;
        }
        return jdbc.sql("""
                        select count(*) from conversation_message m
                        join conversation c on c.id = m.conversation_id
                        where c.member_id = ? and c.coach_id = ?""")
                .params(member.id(), member.coachId()).query(Integer.class).single();
    }

    private MessageThread thread(Member member, Long coachId) {
        if (coachId == null) {
            return new MessageThread(member.id(), member.displayName(), null, null, List.of(), false);
        }
        String coachName = coaches.name(coachId, Wording.text("tracker.coaching.your-coach"));
        List<Stored> newestFirst = new ArrayList<>(jdbc.sql("""
                        select m.id, m.from_coach, m.body, m.sent_at, m.read_at from conversation_message m
                        join conversation c on c.id = m.conversation_id
                        where c.member_id = ? and c.coach_id = ?
                        order by m.sent_at desc, m.id desc limit ?""")
                .params(member.id(), coachId, THREAD_LENGTH + 1).query(STORED).list());
        boolean earlier = newestFirst.size() > THREAD_LENGTH;
        List<ConversationMessage> messages = new ArrayList<>();
        for (int i = Math.min(newestFirst.size(), THREAD_LENGTH) - 1; i >= 0; i--) {
            Stored m = newestFirst.get(i);
            messages.add(new ConversationMessage(m.id(), m.fromCoach(), m.fromCoach() ? coachName : member.displayName(),
                    m.body(), m.sentAt(), m.readAt()));
        }
        return new MessageThread(member.id(), member.displayName(), coachId, coachName, List.copyOf(messages), earlier);
    }

    private ConversationMessage store(Member member, long coachId, boolean fromCoach, String body, Instant sentAt,
                                      Instant readAt) {
        // one conversation per member and coach; the no-op update makes the upsert return the existing row's id
        long conversationId = jdbc.sql("""
                        insert into conversation (member_id, coach_id, created_at) values (?, ?, ?)
                        on conflict (member_id, coach_id) do update set member_id = excluded.member_id
                        returning id""")
                .params(member.id(), coachId, utc(sentAt)).query(Long.class).single();
        long id = jdbc.sql("""
                        insert into conversation_message (conversation_id, from_coach, body, sent_at, read_at)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(conversationId, fromCoach, body, utc(sentAt), readAt == null ? null : utc(readAt))
                .query(Long.class).single();
        String author = fromCoach ? coaches.name(coachId, Wording.text("tracker.coaching.your-coach")) : member.displayName();
        return new ConversationMessage(id, fromCoach, author, body, sentAt, readAt);
    }

    private int unread(long memberId, long coachId, boolean fromCoach) {
        return jdbc.sql("""
                        select count(*) from conversation_message m join conversation c on c.id = m.conversation_id
                        where c.member_id = ? and c.coach_id = ? and m.from_coach = ? and m.read_at is null""")
                .params(memberId, coachId, fromCoach).query(Integer.class).single();
    }

    private int markRead(long memberId, long coachId, boolean fromCoach) {
        return jdbc.sql("""
                        update conversation_message m set read_at = ? from conversation c
                        where c.id = m.conversation_id and c.member_id = ? and c.coach_id = ?
                          and m.from_coach = ? and m.read_at is null""")
                .params(utc(now()), memberId, coachId, fromCoach).update();
    }

    /** Microseconds, as PostgreSQL stores them, so what a send returns equals what the thread reads back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
