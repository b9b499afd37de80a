package org.upright.content.program;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.content.article.ArticleService;
import org.upright.content.routine.RoutineRef;
import org.upright.content.routine.RoutineRow;
import org.upright.content.routine.RoutineService;
import org.upright.content.shared.ContentEditor;
import org.upright.content.shared.ContentKind;
import org.upright.content.shared.ContentLifecycle;
import org.upright.content.shared.ContentStatus;
import org.upright.kernel.i18n.Wording;
import org.upright.kernel.validation.InputValidator;
import org.upright.kernel.validation.FieldProblem;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.content.shared.SortWhitelist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Programs: admins schedule routines on the days of a program and publish it once every
 * scheduled routine is published; members browse the published ones.
 */
@Service
@Transactional(readOnly = true)
public class ProgramService {

    private static final Set<String> SORTABLE = Set.of("title", "slug", "weeks", "status", "updatedAt");

    private final ProgramRepository programs;
    private final ProgramQueries queries;
    private final RoutineService routines;
    private final ArticleService articles;
    private final ContentEditor<Program, ProgramDraft> editor;

    ProgramService(ProgramRepository programs, ProgramQueries queries, RoutineService routines,
                   ArticleService articles, InputValidator validator, ContentLifecycle lifecycle) {
        this.programs = programs;
        this.queries = queries;
        this.routines = routines;
        this.articles = articles;
        this.editor = new ContentEditor<>(ContentKind.PROGRAM, programs, validator, lifecycle, this::draftRules);
    }

    // ---- admins -------------------------------------------------------------------------------

    /** A new DRAFT. Throws InvalidInputException naming each bad field ("schedule" for schedule rules). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProgramDetails create(ProgramDraft draft) {
        return editor.create(Program::new, draft).details();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProgramDetails update(long id, long expectedLockVersion, ProgramDraft draft) {
        return editor.update(id, expectedLockVersion, draft).details();
    }

    /** Refused (field "schedule") while any scheduled routine is not published. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProgramDetails publish(long id, long expectedLockVersion) {
        Program program = editor.loadLocked(id, expectedLockVersion);
        unpublishedRoutines(program.schedule()).ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
        return editor.changeStatus(program, ContentStatus.PUBLISHED).details();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProgramDetails unpublish(long id, long expectedLockVersion) {
        return editor.changeStatus(id, expectedLockVersion, ContentStatus.DRAFT).details();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProgramDetails archive(long id, long expectedLockVersion) {
        return editor.changeStatus(id, expectedLockVersion, ContentStatus.ARCHIVED).details();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<ProgramDetails> findForEditing(long id) {
        return programs.findById(id).map(Program::details);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<ProgramDetails> findForEditingBySlug(String slug) {
        return programs.findBySlug(slug).map(Program::details);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<ProgramRow> list(ProgramFilter filter, Pageable pageable) {
        Pageable page = SortWhitelist.restrict(pageable, SORTABLE, Sort.by(Sort.Direction.DESC, "updatedAt"));
        return programs.findAll(ProgramRepository.matching(filter), page).map(Program::row);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(ProgramFilter filter) {
        return programs.count(ProgramRepository.matching(filter));
    }

    // ---- every signed-in person ---------------------------------------------------------------

    /**
     * The program list: programs in the reader's language ({@link Wording#currentLanguage()}) first,
     * then English ones that have no version in it. Enrolments keep their program whatever its language.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramSummary> listPublished() {
        return queries.publishedSummaries(Wording.currentLanguage());
    }

    /** Every published program in every language (a coach assigning one to a client, whatever the coach reads). */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramSummary> listPublishedInEveryLanguage() {
        return queries.publishedSummaries(null);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ProgramView> findPublished(long id) {
        return programs.findByIdAndStatus(id, ContentStatus.PUBLISHED).map(this::view);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ProgramView> findPublishedBySlug(String slug) {
        return programs.findBySlugAndStatus(slug, ContentStatus.PUBLISHED).map(this::view);
    }

    // ---- internals ----------------------------------------------------------------------------

    /** Checked on every save, with the draft's own constraints (see {@link ContentEditor}). */
    private List<FieldProblem> draftRules(Program program, ProgramDraft draft) {
        List<FieldProblem> problems = scheduleProblems(draft);
        if (program.getStatus() == ContentStatus.PUBLISHED) {
            // members see this schedule as soon as it is saved
            unpublishedRoutines(draft.schedule()).ifPresent(problems::add);
        }
        return problems;
    }

    /** Days within the program, routines that exist and are not archived, no routine twice on a day. */
    private List<FieldProblem> scheduleProblems(ProgramDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        int lastDay = draft.weeks() * 7;
        draft.schedule().stream().mapToInt(ScheduleEntry::day).filter(d -> d > lastDay).max().ifPresent(d ->
                problems.add(new FieldProblem("schedule", Wording.text("content.schedule.after-end", d, draft.weeks(), lastDay))));
        Set<Long> known = routines.listSchedulable().stream().map(RoutineRow::id).collect(Collectors.toSet());
        routineIds(draft.schedule()).stream().filter(rid -> !known.contains(rid)).findFirst().ifPresent(rid ->
                problems.add(new FieldProblem("schedule", Wording.text("content.schedule.unknown-routine", rid))));
        Set<ScheduleEntry> seen = new HashSet<>();
        draft.schedule().stream().filter(e -> !seen.add(e)).findFirst().ifPresent(e ->
                problems.add(new FieldProblem("schedule", Wording.text("content.schedule.twice", e.day()))));
        return problems;
    }

    private Optional<FieldProblem> unpublishedRoutines(List<ScheduleEntry> schedule) {
        List<Long> ids = routineIds(schedule);
        Set<Long> published = routines.findPublishedRefs(ids).stream().map(RoutineRef::id).collect(Collectors.toSet());
        List<Long> unpublished = ids.stream().filter(rid -> !published.contains(rid)).toList();
        if (unpublished.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String> titles = routines.listSchedulable().stream()
                .collect(Collectors.toMap(RoutineRow::id, RoutineRow::title));
        return Optional.of(new FieldProblem("schedule", Wording.text("content.schedule.unpublished", unpublished.stream()
                .map(rid -> titles.getOrDefault(rid, Wording.text("content.schedule.archived-routine", rid)))
                .collect(Collectors.joining(", ")))));
    }

    private ProgramView view(Program program) {
        List<ScheduleEntry> schedule = program.schedule();
        Map<Long, RoutineRef> refs = routines.findPublishedRefs(routineIds(schedule)).stream()
                .collect(Collectors.toMap(RoutineRef::id, Function.identity()));
        Map<Integer, List<RoutineRef>> byDay = new LinkedHashMap<>();
        for (ScheduleEntry e : schedule) {
            RoutineRef ref = refs.get(e.routineId());
            if (ref != null) {
                byDay.computeIfAbsent(e.day(), d -> new ArrayList<>()).add(ref);
            }
        }
        List<ProgramDay> days = byDay.entrySet().stream()
                .map(en -> new ProgramDay(en.getKey(), List.copyOf(en.getValue()))).toList();
        return new ProgramView(program.getId(), program.getSlug(), program.getTitle(), program.description(),
                program.weeks(), days, articles.findPublishedRefs(program.relatedArticleIds()), program.getPublishedAt(),
                program.getLanguage());
    }

    private static List<Long> routineIds(List<ScheduleEntry> schedule) {
        return schedule.stream().map(ScheduleEntry::routineId).distinct().toList();
    }
}
