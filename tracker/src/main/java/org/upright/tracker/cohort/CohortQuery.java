package org.upright.tracker.cohort;

import org.springframework.stereotype.Component;
import org.upright.kernel.member.Member;
import org.upright.kernel.member.MemberDirectory;
import org.upright.tracker.alert.Alert;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.alert.Triage;
import org.upright.tracker.progress.ProgressEvaluator;
import org.upright.tracker.progress.ProgressSummary;
import org.upright.tracker.screening.ScreeningResult;
import org.upright.tracker.screening.ScreeningService;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A coach's clients with their progress: the clients (names, time zones) from
 * {@link MemberDirectory}, their numbers from {@link ProgressEvaluator} — the member pages' own
 * rules — in one statement for all of them; filtered, sorted and paged here.
 */
@Component
class CohortQuery {

    private final MemberDirectory directory;
    private final ProgressEvaluator evaluator;
    private final ScreeningService screening;

    CohortQuery(MemberDirectory directory, ProgressEvaluator evaluator, ScreeningService screening) {
        this.directory = directory;
        this.evaluator = evaluator;
        this.screening = screening;
    }

    /** The coach's clients whose name or username contains the filter's text, unsorted. */
    List<Member> clients(long coachId, ClientFilter filter) {
        String text = filter.text() == null || filter.text().isBlank() ? null
                : filter.text().strip().toLowerCase(Locale.ROOT);
        return directory.clientsOf(coachId).stream()
                .filter(m -> text == null || m.displayName().toLowerCase(Locale.ROOT).contains(text)
                        || m.username().toLowerCase(Locale.ROOT).contains(text))
                .toList();
    }

    /** Rows of the filtered clients (only those with open alerts when the filter asks). */
    List<ClientProgressRow> rows(long coachId, ClientFilter filter) {
        List<Member> clients = clients(coachId, filter);
        Map<Long, ZoneId> zones = new LinkedHashMap<>();
        clients.forEach(m -> zones.put(m.id(), m.timeZone()));
        List<ProgressSummary> summaries = evaluator.summaries(zones);
        Map<Long, ScreeningResult> blocked = screening.blocked(zones.keySet());
        List<ClientProgressRow> rows = new ArrayList<>(clients.size());
        for (int i = 0; i < clients.size(); i++) {
            ClientProgressRow row = ClientProgressRow.of(clients.get(i),
                    withScreening(summaries.get(i), blocked.get(clients.get(i).id()), clients.get(i).timeZone()));
            if (!filter.needsAttention() || !row.openAlerts().isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    ClientProgressRow row(Member member) {
        ProgressSummary summary = evaluator.summaries(Map.of(member.id(), member.timeZone())).getFirst();
        return ClientProgressRow.of(member,
                withScreening(summary, screening.blocked(List.of(member.id())).get(member.id()), member.timeZone()));
    }

    /** The summary with the screening alert added (in triage order) when a "yes" is still open. */
    static ProgressSummary withScreening(ProgressSummary s, ScreeningResult open, ZoneId zone) {
        if (open == null) {
            return s;
        }
        LocalDate day = LocalDate.ofInstant(open.answeredAt(), zone);
        String text = "Answered yes in the safety screening: " + open.yes().stream()
                .map(q -> q.name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "))
                + ". Routines are paused until cleared.";
        List<Alert> alerts = new ArrayList<>(s.alerts());
        alerts.add(new Alert(AlertKind.SCREENING_RED_FLAG, day, day, text, open.yes().size(), day, false));
        alerts.sort(Triage.ORDER);
        return new ProgressSummary(s.memberId(), s.today(), s.program(), s.pain(), s.adherence(), s.lastRatingDay(),
                s.lastRatingScore(), s.lastActive(), alerts);
    }

    /** Every open alert of the rows, in triage order (then by name). */
    static List<TriageAlert> triage(List<ClientProgressRow> rows) {
        record Entry(ClientProgressRow row, Alert alert) {
        }
        return rows.stream()
                .flatMap(r -> r.open().stream().map(a -> new Entry(r, a)))
                .sorted(Comparator.comparing(Entry::alert, Triage.ORDER)
                        .thenComparing(e -> e.row().displayName().toLowerCase(Locale.ROOT))
                        .thenComparingLong(e -> e.row().memberId()))
                .map(e -> new TriageAlert(e.row().memberId(), e.row().displayName(), e.alert().kind(),
                        e.alert().from(), e.alert().to(), e.alert().description(), e.alert().severity()))
                .toList();
    }

    /** Grid sort keys; anything else is ignored. Missing values go last in either direction. */
    static final Map<String, List<Function<ClientProgressRow, Comparable<?>>>> SORTS = Map.of(
            "name", List.of(r -> r.displayName().toLowerCase(Locale.ROOT)),
            "program", List.of(r -> r.programTitle() == null ? null : r.programTitle().toLowerCase(Locale.ROOT),
                    ClientProgressRow::programDay),
            "lastRating", List.of(ClientProgressRow::lastRatingDay),
            "change", List.of(ClientProgressRow::changePoints),
            "adherence7", List.of(r -> r.planned7() == 0 ? null : (double) r.done7() / r.planned7()),
            "adherence28", List.of(r -> r.planned28() == 0 ? null : (double) r.done28() / r.planned28()),
            "lastActive", List.<Function<ClientProgressRow, Comparable<?>>>of(ClientProgressRow::lastActive),
            "alerts", List.of(CohortQuery::alertRank));

    /** Higher for a more severe first open alert, then for more open alerts; null without any. */
    static Integer alertRank(ClientProgressRow row) {
        List<Alert> open = row.open();
        if (open.isEmpty()) {
            return null;
        }
        int mostSevere = open.stream().mapToInt(Alert::severity).min().orElseThrow();
        return (Triage.QUIET + 1 - mostSevere) * 1000 + open.size();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<ClientProgressRow> order(List<SortKey> keys) {
        Comparator<ClientProgressRow> order = (a, b) -> 0;
        for (SortKey key : keys) {
            for (Function<ClientProgressRow, Comparable<?>> f : SORTS.getOrDefault(key.property(), List.of())) {
                Comparator<Comparable> values = key.ascending() ? Comparator.naturalOrder() : Comparator.reverseOrder();
                order = order.thenComparing(r -> (Comparable) f.apply(r), Comparator.nullsLast(values));
            }
        }
        return order.thenComparing(r -> r.displayName().toLowerCase(Locale.ROOT))
                .thenComparingLong(ClientProgressRow::memberId);
    }

    record SortKey(String property, boolean ascending) {
    }
}
