package org.upright.content.program;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.upright.content.ContentFixtures;
import org.upright.content.ContentTestApp;
import org.upright.content.routine.RoutineDetails;
import org.upright.content.routine.RoutineRef;
import org.upright.content.routine.RoutineService;
import org.upright.content.shared.ContentStatus;
import org.upright.content.shared.EditConflictException;
import org.upright.kernel.validation.FieldProblem;
import org.upright.kernel.validation.InvalidInputException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@SpringBootTest(classes = ContentTestApp.class)
@WithMockUser(username = "editor", roles = "ADMIN")
class ProgramServiceTest {

    @Autowired
    ProgramService programs;
    @Autowired
    RoutineService routines;

    @Test
    void aProgramNeedsARoutineAndDaysWithinItsWeeks() {
        InvalidInputException none = catchThrowableOfType(InvalidInputException.class,
                () -> programs.create(ContentFixtures.program(0, List.of())));
        assertThat(none.problems()).extracting(FieldProblem::field).contains("schedule", "weeks");
        assertThat(none.messageFor("schedule")).contains("Schedule: a program needs at least one routine");

        RoutineDetails r = publishedRoutine();
        InvalidInputException late = catchThrowableOfType(InvalidInputException.class,
                () -> programs.create(ContentFixtures.program(1, List.of(new ScheduleEntry(8, r.id())))));
        assertThat(late.messageFor("schedule").orElseThrow()).contains("day 8 is after the last day");
        InvalidInputException twice = catchThrowableOfType(InvalidInputException.class, () -> programs.create(
                ContentFixtures.program(1, List.of(new ScheduleEntry(1, r.id()), new ScheduleEntry(1, r.id())))));
        assertThat(twice.messageFor("schedule").orElseThrow()).contains("same routine twice");
        InvalidInputException unknown = catchThrowableOfType(InvalidInputException.class,
                () -> programs.create(ContentFixtures.program(1, List.of(new ScheduleEntry(1, -5)))));
        assertThat(unknown.messageFor("schedule").orElseThrow()).contains("does not exist");
    }

    @Test
    void publishingWaitsForEveryScheduledRoutine() {
        RoutineDetails published = publishedRoutine();
        RoutineDetails draft = routines.create(ContentFixtures.routine());
        ProgramDetails p = programs.create(ContentFixtures.program(1,
                List.of(new ScheduleEntry(1, published.id()), new ScheduleEntry(2, draft.id()))));
        assertThatThrownBy(() -> programs.publish(p.id(), p.lockVersion()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("publish these routines first: " + draft.title());
        routines.publish(draft.id(), draft.lockVersion());
        assertThat(programs.publish(p.id(), p.lockVersion()).status()).isEqualTo(ContentStatus.PUBLISHED);

        // a routine a published program uses cannot disappear from under it
        RoutineDetails current = routines.findForEditing(draft.id()).orElseThrow();
        assertThatThrownBy(() -> routines.archive(draft.id(), current.lockVersion()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(p.title());
    }

    @Test
    void publishedScheduleIsGroupedByDayInOrder() {
        RoutineDetails a = publishedRoutine();
        RoutineDetails b = publishedRoutine();
        ProgramDetails p = programs.create(ContentFixtures.program(2, List.of(new ScheduleEntry(3, b.id()),
                new ScheduleEntry(1, a.id()), new ScheduleEntry(3, a.id()), new ScheduleEntry(14, b.id()))));
        assertThat(p.schedule()).containsExactly(new ScheduleEntry(1, a.id()), new ScheduleEntry(3, b.id()),
                new ScheduleEntry(3, a.id()), new ScheduleEntry(14, b.id()));
        assertThat(programs.findPublished(p.id())).isEmpty();
        programs.publish(p.id(), p.lockVersion());

        ProgramView view = programs.findPublishedBySlug(p.slug()).orElseThrow();
        assertThat(view.lastDay()).isEqualTo(14);
        assertThat(view.schedule()).extracting(ProgramDay::day).containsExactly(1, 3, 14);
        assertThat(view.routinesOn(3)).extracting(RoutineRef::id).containsExactly(b.id(), a.id());
        assertThat(view.routinesOn(2)).isEmpty();
        assertThat(view.schedule().get(1).totalSeconds())
                .isEqualTo(view.routinesOn(3).get(0).totalSeconds() + view.routinesOn(3).get(1).totalSeconds());

        assertThat(programs.listPublished()).filteredOn(s -> s.id() == p.id()).singleElement()
                .satisfies(s -> {
                    assertThat(s.activeDays()).isEqualTo(3);
                    assertThat(s.distinctRoutines()).isEqualTo(2);
                    assertThat(s.weeks()).isEqualTo(2);
                });
    }

    @Test
    void savingAPublishedProgramKeepsItsRoutinesPublishedAndDetectsConflicts() {
        RoutineDetails a = publishedRoutine();
        RoutineDetails draft = routines.create(ContentFixtures.routine());
        ProgramDetails p = programs.create(ContentFixtures.program(1, List.of(new ScheduleEntry(1, a.id()))));
        ProgramDetails live = programs.publish(p.id(), p.lockVersion());
        ProgramDraft addDraft = new ProgramDraft(live.slug(), live.title(), live.description(), 1, live.author(),
                List.of(new ScheduleEntry(1, a.id()), new ScheduleEntry(2, draft.id())), List.of());
        assertThatThrownBy(() -> programs.update(p.id(), live.lockVersion(), addDraft))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("publish these routines first");
        assertThatThrownBy(() -> programs.update(p.id(), p.lockVersion(), live.toDraft()))
                .isInstanceOf(EditConflictException.class);
    }

    private RoutineDetails publishedRoutine() {
        RoutineDetails r = routines.create(ContentFixtures.routine());
        return routines.publish(r.id(), r.lockVersion());
    }
}
