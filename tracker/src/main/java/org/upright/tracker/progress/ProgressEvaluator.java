package org.upright.tracker.progress;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.tracker.program.ProgramSchedule;
import org.upright.tracker.program.ProgramSchedules;
import org.upright.tracker.shared.MemberCalendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies {@link ProgressRules} to members: reads their facts in one statement and each program's
 * schedule once. The member's pages (one member) and the coach's grid (many) both come here, so
 * they cannot differ. No access check: the services that hand results out check it.
 */
@Component
@Transactional(readOnly = true)
public class ProgressEvaluator {

    private final ProgressFactsQuery facts;
    private final ProgramSchedules programs;
    private final MemberCalendar calendar;

    ProgressEvaluator(ProgressFactsQuery facts, ProgramSchedules programs, MemberCalendar calendar) {
        this.facts = facts;
        this.programs = programs;
        this.calendar = calendar;
    }

    public ProgressSummary summary(long memberId) {
        return summaries(Map.of(memberId, calendar.zone(memberId))).getFirst();
    }

    /** One summary per member, in the order given; each as of that member's today in their time zone. */
    public List<ProgressSummary> summaries(Map<Long, ZoneId> zoneByMember) {
        Map<Long, LocalDate> todayByMember = new LinkedHashMap<>();
        zoneByMember.forEach((id, zone) -> todayByMember.put(id, LocalDate.now(calendar.clock().withZone(zone))));
        Map<Long, ProgressFacts> byMember = facts.facts(todayByMember);
        Map<Long, Optional<ProgramSchedule>> schedules = new HashMap<>();
        List<ProgressSummary> result = new ArrayList<>(todayByMember.size());
        for (Long id : todayByMember.keySet()) {
            ProgressFacts f = byMember.get(id);
            Optional<ProgramSchedule> schedule = f.programId() == null ? Optional.empty()
                    : schedules.computeIfAbsent(f.programId(), programs::find);
            result.add(ProgressRules.summarize(f, schedule));
        }
        return result;
    }
}
