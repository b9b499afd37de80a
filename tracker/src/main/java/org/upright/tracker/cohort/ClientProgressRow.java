package org.upright.tracker.cohort;

import org.upright.kernel.member.Member;
import org.upright.tracker.alert.Alert;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.progress.ChangeLabel;
import org.upright.tracker.progress.PainComparison;
import org.upright.tracker.progress.ProgramStatus;
import org.upright.tracker.progress.ProgressSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One client in the coach's list: program and day (and whether it is finished), last rating,
 * baseline vs current with the MCID label (null until there are enough ratings; {@code stale}
 * when the current period is old), adherence over 7 and 28 days, last activity and the alerts
 * nobody has marked seen yet, most severe first. Built from the same {@link ProgressSummary} as
 * the member's own pages.
 */
public record ClientProgressRow(long memberId, String displayName, String username, LocalDate today,
                                Long programId, String programTitle, Integer programDay, Integer programDays,
                                boolean programFinished,
                                LocalDate lastRatingDay, Integer lastRatingScore,
                                Double baseline, Double current, ChangeLabel change, boolean stale,
                                int planned7, int done7, int planned28, int done28,
                                LocalDate lastActive, List<AlertKind> openAlerts, List<Alert> alerts) {

    public ClientProgressRow {
        openAlerts = List.copyOf(openAlerts);
        alerts = List.copyOf(alerts);
    }

    static ClientProgressRow of(Member member, ProgressSummary s) {
        Optional<ProgramStatus> program = s.program();
        Optional<PainComparison> comparison = s.pain().comparison();
        return new ClientProgressRow(member.id(), member.displayName(), member.username(), s.today(),
                program.map(ProgramStatus::programId).orElse(null), program.map(ProgramStatus::title).orElse(null),
                program.map(ProgramStatus::day).orElse(null), program.map(ProgramStatus::lastDay).orElse(null),
                program.map(ProgramStatus::finished).orElse(false),
                s.lastRatingDay(), s.lastRatingScore(),
                comparison.map(c -> c.baseline().mean()).orElse(null), comparison.map(c -> c.current().mean()).orElse(null),
                comparison.map(PainComparison::label).orElse(null), comparison.map(PainComparison::stale).orElse(false),
                s.adherence().last7Days().planned(), s.adherence().last7Days().done(),
                s.adherence().last28Days().planned(), s.adherence().last28Days().done(),
                s.lastActive(), s.openAlerts().stream().map(Alert::kind).toList(), s.alerts());
    }

    /** The shown change in points (current minus baseline, rounded means); null without a comparison. */
    public Double changePoints() {
        return baseline == null ? null : ChangeLabel.change(baseline, current);
    }

    /** The open alerts themselves, most severe first. */
    public List<Alert> open() {
        return alerts.stream().filter(a -> !a.seen()).toList();
    }

    public OptionalInt adherence7Percent() {
        return percent(done7, planned7);
    }

    public OptionalInt adherence28Percent() {
        return percent(done28, planned28);
    }

    private static OptionalInt percent(int done, int planned) {
        return planned == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(100.0 * done / planned));
    }
}
