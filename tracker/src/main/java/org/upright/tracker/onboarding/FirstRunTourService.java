package org.upright.tracker.onboarding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.member.Member;
import org.upright.kernel.member.MemberAccess;
import org.upright.tracker.reminder.ReminderService;
import org.upright.tracker.reminder.ReminderSettings;
import org.upright.tracker.screening.ScreeningService;
import org.upright.tracker.screening.ScreeningState;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in member's first-run tour. Each step counts as done from what the member did
 * (answered the screening, has a program, chose a reminder time, has rated pain once), so the
 * tour resumes wherever it was left, on any device. It is shown until every step is done (once
 * more, to say so) or the member skips it.
 */
@Service
@Transactional
public class FirstRunTourService {

    private final JdbcClient jdbc;
    private final MemberAccess access;
    private final ScreeningService screening;
    private final ReminderService reminders;
    private final Clock clock;

    FirstRunTourService(JdbcClient jdbc, MemberAccess access, ScreeningService screening, ReminderService reminders,
                        Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.screening = screening;
        this.reminders = reminders;
        this.clock = clock;
    }

    /**
     * The tour to show now, or empty once it was skipped or seen finished. Seeing it with every
     * step done ends it, so the "all set" message appears once.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Optional<FirstRunTour> mine() {
        Member me = access.requireCurrentMember();
        Facts facts = facts(me.id());
        if (facts.ended()) {
            return Optional.empty();
        }
        List<TourStep> steps = new ArrayList<>(List.of(TourStep.values()));
        Set<TourStep> done = EnumSet.noneOf(TourStep.class);
        ReminderSettings reminder = reminders.settings();
        if (!reminder.mailAvailable()) {
            steps.remove(TourStep.REMINDER); // a portal without mail sends no reminders
        } else if (reminder.time() != null) {
            done.add(TourStep.REMINDER);
        }
        if (screening.mine().status() != ScreeningState.Status.NEEDED) {
            done.add(TourStep.SAFETY_QUESTIONS);
        }
        if (facts.hasProgram()) {
            done.add(TourStep.PROGRAM);
        }
        if (facts.hasRated()) {
            done.add(TourStep.CHECK_IN);
        }
        boolean allDone = done.containsAll(steps);
        if (allDone) {
            end(me.id(), false);
        }
        return Optional.of(new FirstRunTour(steps, done, allDone));
    }

    /** The member does not want the tour; every step stays where the menu has it. */
    @PreAuthorize("hasRole('MEMBER')")
    public void skip() {
        end(access.requireCurrentMember().id(), true);
    }

    /** What the tour needs to know of the member's own data, read in one statement on every Today load. */
    private record Facts(boolean ended, boolean hasProgram, boolean hasRated) {
    }

    private Facts facts(long memberId) {
        return jdbc.sql("""
                        select exists (select 1 from first_run_tour where member_id = :member),
                               exists (select 1 from enrollment where member_id = :member and ended_on is null),
                               exists (select 1 from pain_rating where member_id = :member)""")
                .param("member", memberId)
                .query((rs, i) -> new Facts(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3))).single();
    }

    /** Skipped or seen finished; a second end keeps the first. */
    private void end(long memberId, boolean skipped) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        insert into first_run_tour (member_id, skipped_at, finished_at) values (?, ?, ?)
                        on conflict (member_id) do nothing""")
                .params(memberId, skipped ? now : null, skipped ? null : now).update();
    }
}
