package org.upright.tracker.progress;

import org.upright.kernel.i18n.Wording;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.tracker.session.RoutineCatalog;
import org.upright.tracker.session.RoutineInfo;

import java.util.List;

/** Pain before vs after sessions, per routine. */
@Service
@Transactional(readOnly = true)
public class PainResponseService {

    public static final int DEFAULT_LAST_SESSIONS = 10;
    /** A routine's response is shown only once this many of its sessions recorded pain before and after. */
    public static final int MIN_SESSIONS = 3;

    private static final String RESPONSE = """
            select routine_id, max(routine_version) as latest_version, count(*) as n,
                   avg(pain_before) as before, avg(pain_after) as after, avg(pain_after - pain_before) as change
            from (
                select routine_id, routine_version, pain_before, pain_after,
                       row_number() over (partition by routine_id order by finished_at desc) as nth
                from completed_session
                where member_id = :member and pain_before is not null and pain_after is not null
            ) rated
            where nth <= :last
            group by routine_id
            having count(*) >= :min
            order by count(*) desc, routine_id""";

    private final JdbcClient jdbc;
    private final RoutineCatalog routines;

    PainResponseService(JdbcClient jdbc, RoutineCatalog routines) {
        this.jdbc = jdbc;
        this.routines = routines;
    }

    /**
     * One entry per routine the member rated before and after in at least {@value #MIN_SESSIONS}
     * sessions, over its last {@code lastSessions} such sessions.
     */
    public List<PainResponse> painResponse(long memberId, int lastSessions) {
        if (lastSessions < 1) {
            throw new IllegalArgumentException("lastSessions must be at least 1");
        }
        return jdbc.sql(RESPONSE).param("member", memberId).param("last", lastSessions).param("min", MIN_SESSIONS)
                .query((rs, i) -> {
                    long routineId = rs.getLong("routine_id");
                    String title = routines.find(routineId, rs.getInt("latest_version")).map(RoutineInfo::title)
                            .orElseGet(() -> Wording.text("tracker.routine.fallback", routineId));
                    return new PainResponse(routineId, title, rs.getInt("n"), rs.getDouble("before"),
                            rs.getDouble("after"), rs.getDouble("change"));
                })
                .list();
    }
}
