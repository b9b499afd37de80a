package org.upright.tracker.onboarding;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.upright.kernel.Role;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.pain.PainRatingInput;
import org.upright.tracker.pain.PainRatingService;
import org.upright.tracker.program.ProgramSchedule;
import org.upright.tracker.reminder.ReminderChoice;
import org.upright.tracker.reminder.ReminderService;
import org.upright.tracker.screening.ScreeningQuestion;
import org.upright.tracker.screening.ScreeningService;
import org.upright.tracker.testing.InMemoryProgramSchedules;
import org.upright.tracker.testing.Members;
import org.upright.tracker.testing.RecordingMail;
import org.upright.tracker.testing.SignedIn;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tour follows what the member did, says "all set" once, and stays away once skipped. */
@SpringBootTest
class FirstRunTourServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Autowired
    FirstRunTourService tours;
    @Autowired
    ScreeningService screening;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    PainRatingService ratings;
    @Autowired
    ReminderService reminders;
    @Autowired
    RecordingMail mail;
    @Autowired
    Members members;
    @Autowired
    SignedIn signedIn;

    @BeforeAll
    static void programs(@Autowired InMemoryProgramSchedules schedules) {
        schedules.add(new ProgramSchedule(771, "Tour program", 4, Map.of(1, List.of(1L))));
    }

    @AfterEach
    void signOut() {
        signedIn.signOut();
        mail.reset();
    }

    private long newMember() {
        long id = members.create();
        signedIn.as(Role.MEMBER, id);
        return id;
    }

    private void answerAllNo() {
        Map<ScreeningQuestion, Boolean> answers = new EnumMap<>(ScreeningQuestion.class);
        for (ScreeningQuestion q : ScreeningQuestion.values()) {
            answers.put(q, false);
        }
        screening.answer(answers);
    }

    @Test
    void eachStepIsTickedOffByDoingItThenAllSetIsShownOnce() {
        long member = newMember();
        FirstRunTour fresh = tours.mine().orElseThrow();
        assertThat(fresh.done()).isEmpty();
        assertThat(fresh.next()).contains(TourStep.SAFETY_QUESTIONS);

        answerAllNo();
        assertThat(tours.mine().orElseThrow().next()).contains(TourStep.PROGRAM);

        enrollments.enroll(member, 771, TODAY);
        assertThat(tours.mine().orElseThrow().next()).contains(TourStep.REMINDER);

        members.giveEmail(member);
        reminders.choose(new ReminderChoice(LocalTime.of(19, 0), false));
        FirstRunTour beforeCheckIn = tours.mine().orElseThrow();
        assertThat(beforeCheckIn.done())
                .containsExactlyInAnyOrder(TourStep.SAFETY_QUESTIONS, TourStep.PROGRAM, TourStep.REMINDER);
        assertThat(beforeCheckIn.allDone()).isFalse();

        ratings.save(member, new PainRatingInput(TODAY, 5, Set.of(), null));
        FirstRunTour finished = tours.mine().orElseThrow();
        assertThat(finished.allDone()).isTrue();
        assertThat(finished.next()).isEmpty();
        assertThat(tours.mine()).as("the all-set message is shown once").isEmpty();
    }

    @Test
    void aPortalWithoutMailHasNoReminderStep() {
        long member = newMember();
        mail.setAvailable(false);
        assertThat(tours.mine().orElseThrow().steps()).doesNotContain(TourStep.REMINDER);
        answerAllNo();
        enrollments.enroll(member, 771, TODAY);
        ratings.save(member, new PainRatingInput(TODAY, 3, Set.of(), null));
        assertThat(tours.mine().orElseThrow().allDone()).isTrue();
    }

    @Test
    void aSkippedTourDoesNotComeBack() {
        newMember();
        assertThat(tours.mine()).isPresent();
        tours.skip();
        tours.skip();
        assertThat(tours.mine()).isEmpty();
        answerAllNo();
        assertThat(tours.mine()).isEmpty();
    }

    @Test
    void theTourIsEachMembersOwn() {
        newMember();
        tours.skip();
        newMember();
        assertThat(tours.mine()).as("another member's skip is not mine").isPresent();
    }

    @Test
    void onlyMembersHaveATour() {
        signedIn.as(Role.COACH, members.create());
        assertThatThrownBy(() -> tours.mine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tours.skip()).isInstanceOf(AccessDeniedException.class);
    }
}
