package org.upright.tracker.cohort;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.content.shared.ContentKind;
import org.upright.content.shared.ContentStatusChanged;
import org.upright.kernel.actor.Actors;
import org.upright.kernel.member.Member;
import org.upright.kernel.member.MemberChanged;
import org.upright.kernel.member.MemberDirectory;
import org.upright.tracker.alert.Alert;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.alert.AlertText;
import org.upright.tracker.alert.Triage;
import org.upright.tracker.progress.ProgressEvaluator;
import org.upright.tracker.progress.ProgressSummary;
import org.upright.tracker.screening.ScreeningQuestion;
import org.upright.tracker.screening.ScreeningResult;
import org.upright.tracker.screening.ScreeningService;
import org.upright.tracker.shared.ProgressChanged;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the precomputed client list ({@link ClientProgressTable}) equal to what the progress rules
 * say now: recomputes a member's row in the transaction of each write that concerns them
 * ({@link ProgressChanged}), takes member facts from accounts ({@link MemberChanged}), and brings
 * rows computed for an earlier day (or by other rules) up to date. Rows come from
 * {@link ProgressEvaluator}, the member's own pages' rules, so the grid cannot disagree with them.
 */
@Component
class ClientProgressRefresh {

    /** Members computed per statement when many are out of date. */
    static final int BATCH = 500;

    private final ClientProgressTable table;
    private final ProgressEvaluator evaluator;
    private final ScreeningService screening;
    private final MemberDirectory directory;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    ClientProgressRefresh(ClientProgressTable table, ProgressEvaluator evaluator, ScreeningService screening,
                          MemberDirectory directory, Clock clock, PlatformTransactionManager transactions) {
        this.table = table;
        this.evaluator = evaluator;
        this.screening = screening;
        this.directory = directory;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    @Transactional
    public void progressChanged(ProgressChanged event) {
        refresh(List.of(event.memberId()));
    }

    @EventListener
    @Transactional
    public void memberChanged(MemberChanged event) {
        if (event.member() == null) {
            table.delete(event.accountId());
            return;
        }
        table.saveMembers(List.of(event.member()));
        refresh(List.of(event.accountId()));
    }

    /**
     * A program published again (or unpublished, archived) may have other days or another title:
     * its members' rows are out of date, and the next coach's page or day-change run recomputes them.
     */
    @EventListener
    @Transactional
    public void programChanged(ContentStatusChanged event) {
        if (ContentKind.PROGRAM.name().equals(event.kind())) {
            table.invalidateProgram(event.id());
        }
    }

    /** Recomputes these members' rows now (in the caller's transaction). */
    @Transactional
    public void refresh(Collection<Long> memberIds) {
        List<Member> members = table.lockMembers(memberIds);
        if (members.size() < new HashSet<>(memberIds).size()) {
            // written before the table existed, or behind the services' back: accounts knows them
            Set<Long> known = members.stream().map(Member::id).collect(Collectors.toSet());
            List<Member> found = memberIds.stream().filter(id -> !known.contains(id))
                    .flatMap(id -> directory.find(id).stream()).toList();
            if (!found.isEmpty()) {
                table.saveMembers(found);
                members = table.lockMembers(memberIds);
            }
        }
        List<Member> locked = members;
        // derived data, kept whoever wrote: reading the program schedules (content's checked services)
        // must not depend on the writer's rights (a member's write, a coach's "seen", a system job)
        table.saveRows(Actors.callAsSystem(() -> rows(locked)), RulesVersion.CURRENT, clock.instant());
    }

    /** {@link #refresh} in a transaction of its own (callers that only read). */
    void refreshInOwnTransaction(Collection<Long> memberIds) {
        ownTransaction.executeWithoutResult(status -> refresh(memberIds));
    }

    /**
     * Brings every out-of-date row up to date, {@value #BATCH} members per transaction; with a
     * coach, only that coach's clients. Returns how many rows were recomputed.
     */
    int refreshOutOfDate(Long coachId) {
        int done = 0;
        while (true) {
            List<Long> ids = table.outOfDate(clock.instant(), RulesVersion.CURRENT, coachId, BATCH);
            if (ids.isEmpty()) {
                return done;
            }
            ownTransaction.executeWithoutResult(status -> refresh(ids));
            done += ids.size();
        }
    }

    /** Makes the table's member list equal the directory's (after data was loaded behind the services). */
    int syncMembers() {
        List<Long> all = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Member> batch = directory.membersAfter(after, BATCH * 4);
            if (batch.isEmpty()) {
                break;
            }
            ownTransaction.executeWithoutResult(status -> table.saveMembers(batch));
            batch.forEach(m -> all.add(m.id()));
            after = batch.getLast().id();
        }
        Integer removed = ownTransaction.execute(status -> table.deleteAllBut(all));
        return removed == null ? 0 : removed;
    }

    /** Rows of these members as of their today, with the member pages' rules. */
    List<ClientProgressRow> rows(List<Member> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        Map<Long, ZoneId> zones = new LinkedHashMap<>();
        members.forEach(m -> zones.put(m.id(), m.timeZone()));
        List<ProgressSummary> summaries = evaluator.summaries(zones);
        Map<Long, ScreeningResult> blocked = screening.blocked(zones.keySet());
        List<ClientProgressRow> rows = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            rows.add(ClientProgressRow.of(m, withScreening(summaries.get(i), blocked.get(m.id()), m.timeZone())));
        }
        return rows;
    }

    /** The summary with the screening alert added (in triage order) when a "yes" is still open. */
    static ProgressSummary withScreening(ProgressSummary s, ScreeningResult open, ZoneId zone) {
        if (open == null) {
            return s;
        }
        LocalDate day = LocalDate.ofInstant(open.answeredAt(), zone);
        AlertText text = AlertText.of("tracker.alert.screening",
                new AlertText.Keys(open.yes().stream().map(ScreeningQuestion::shortKey).toList()));
        List<Alert> alerts = new ArrayList<>(s.alerts());
        alerts.add(new Alert(AlertKind.SCREENING_RED_FLAG, day, day, text, open.yes().size(), day, false));
        alerts.sort(Triage.ORDER);
        return new ProgressSummary(s.memberId(), s.today(), s.program(), s.pain(), s.adherence(), s.lastRatingDay(),
                s.lastRatingScore(), s.lastActive(), alerts);
    }
}
