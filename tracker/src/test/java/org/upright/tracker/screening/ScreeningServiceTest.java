package org.upright.tracker.screening;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.upright.kernel.Role;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.alert.Triage;
import org.upright.tracker.cohort.CoachClientsService;
import org.upright.tracker.cohort.TriageAlert;
import org.upright.tracker.testing.Members;
import org.upright.tracker.testing.SettableClock;
import org.upright.tracker.testing.SignedIn;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every branch of the screening. Clock: 2026-03-15T12:00Z, moved where a test says. */
@SpringBootTest
class ScreeningServiceTest {

    @Autowired
    ScreeningService screening;
    @Autowired
    CoachClientsService coachClients;
    @Autowired
    Members members;
    @Autowired
    SignedIn signedIn;
    @Autowired
    SettableClock clock;

    @AfterEach
    void reset() {
        signedIn.signOut();
        clock.reset();
    }

    static Map<ScreeningQuestion, Boolean> allNo() {
        Map<ScreeningQuestion, Boolean> answers = new EnumMap<>(ScreeningQuestion.class);
        for (ScreeningQuestion q : ScreeningQuestion.values()) {
            answers.put(q, false);
        }
        return answers;
    }

    static Map<ScreeningQuestion, Boolean> yesTo(ScreeningQuestion... yes) {
        Map<ScreeningQuestion, Boolean> answers = allNo();
        for (ScreeningQuestion q : yes) {
            answers.put(q, true);
        }
        return answers;
    }

    private long member() {
        long id = members.create();
        signedIn.as(Role.MEMBER, id);
        return id;
    }

    @Test
    void withoutAScreeningTheMemberIsSentToIt() {
        long member = member();
        assertThat(screening.mine().status()).isEqualTo(ScreeningState.Status.NEEDED);
        assertThatThrownBy(() -> screening.requireMayStart(member)).isInstanceOf(ScreeningRequiredException.class);
    }

    @Test
    void everyAnswerNoLetsTheMemberStartAndIsStoredWithItsTime() {
        long member = member();
        ScreeningState state = screening.answer(allNo());
        assertThat(state.status()).isEqualTo(ScreeningState.Status.CLEAR);
        screening.requireMayStart(member);
        assertThat(state.latest().orElseThrow().answeredAt()).isEqualTo(SettableClock.DEFAULT);
        assertThat(state.latest().orElseThrow().answers()).hasSize(ScreeningQuestion.values().length)
                .doesNotContainValue(true);
    }

    @Test
    void anUnansweredQuestionIsRefused() {
        member();
        Map<ScreeningQuestion, Boolean> partial = allNo();
        partial.remove(ScreeningQuestion.TEARING_PAIN);
        assertThatThrownBy(() -> screening.answer(partial)).isInstanceOf(IllegalArgumentException.class);
        assertThat(screening.mine().status()).isEqualTo(ScreeningState.Status.NEEDED);
    }

    /** Each question alone: its own advice (emergency, clinician first, clinician soon), and routines wait. */
    @org.junit.jupiter.params.ParameterizedTest(name = "yes to {0}")
    @org.junit.jupiter.params.provider.EnumSource(ScreeningQuestion.class)
    void everyYesGivesItsAdviceAndBlocksRoutines(ScreeningQuestion question) {
        long member = member();
        ScreeningState state = screening.answer(yesTo(question));
        assertThat(state.status()).isEqualTo(ScreeningState.Status.BLOCKED);
        assertThat(state.latest().orElseThrow().advice()).containsExactly(question.advice());
        assertThatThrownBy(() -> screening.requireMayStart(member)).isInstanceOf(ScreeningRequiredException.class);
    }

    @Test
    void theThreeKindsOfAdviceComeMostUrgentFirst() {
        member();
        ScreeningState state = screening.answer(yesTo(ScreeningQuestion.STEROIDS_OSTEOPOROSIS,
                ScreeningQuestion.NIGHT_PAIN, ScreeningQuestion.CHEST_PAIN));
        assertThat(state.latest().orElseThrow().advice())
                .containsExactly(Advice.EMERGENCY, Advice.CLINICIAN_BEFORE_EXERCISE, Advice.CLINICIAN_SOON);
    }

    @Test
    void aYesBlocksUntilTheCoachClearsItAndTopsTheTriage() {
        long coach = members.createCoach();
        long painful = members.createClient(coach, "A high pain run", "UTC");
        members.rate(painful, LocalDate.of(2026, 3, 12), 9, 9, 9, 10);
        long flagged = members.createClient(coach, "Zed flagged", "UTC");
        signedIn.as(Role.MEMBER, flagged);
        ScreeningState state = screening.answer(yesTo(ScreeningQuestion.TEARING_PAIN, ScreeningQuestion.CANCER_HISTORY));
        assertThat(state.status()).isEqualTo(ScreeningState.Status.BLOCKED);
        assertThat(state.latest().orElseThrow().advice())
                .containsExactly(Advice.EMERGENCY, Advice.CLINICIAN_BEFORE_EXERCISE);
        assertThatThrownBy(() -> screening.requireMayStart(flagged)).isInstanceOf(ScreeningRequiredException.class);

        signedIn.as(Role.COACH, coach);
        List<TriageAlert> triage = coachClients.triage(Pageable.unpaged());
        assertThat(triage).isNotEmpty();
        assertThat(triage.getFirst().memberId()).isEqualTo(flagged);
        assertThat(triage.getFirst().kind()).isEqualTo(AlertKind.SCREENING_RED_FLAG);
        assertThat(triage.getFirst().severity()).isEqualTo(Triage.URGENT);
        assertThat(triage).extracting(TriageAlert::memberId).contains(painful);
        assertThat(screening.historyForCoach(flagged).getFirst().yes())
                .containsExactlyInAnyOrder(ScreeningQuestion.TEARING_PAIN, ScreeningQuestion.CANCER_HISTORY);

        assertThat(screening.clearByCoach(flagged)).isTrue();
        assertThat(screening.stateForCoach(flagged).status()).isEqualTo(ScreeningState.Status.CLEAR);
        assertThat(coachClients.triage(Pageable.unpaged())).extracting(TriageAlert::kind)
                .doesNotContain(AlertKind.SCREENING_RED_FLAG);
        screening.requireMayStart(flagged);
    }

    @Test
    void anotherCoachCannotClearOrRead() {
        long coach = members.createCoach();
        long flagged = members.createClient(coach, "Flagged", "UTC");
        signedIn.as(Role.MEMBER, flagged);
        screening.answer(yesTo(ScreeningQuestion.FEVER_UNWELL));
        signedIn.as(Role.COACH, members.createCoach());
        assertThatThrownBy(() -> screening.clearByCoach(flagged)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> screening.historyForCoach(flagged)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aYesIsClearedWhenTheMemberConfirmsTheySawAClinician() {
        long member = member();
        assertThat(screening.answer(yesTo(ScreeningQuestion.AGE_NEW_PAIN)).status())
                .isEqualTo(ScreeningState.Status.BLOCKED);
        clock.set(SettableClock.DEFAULT.plus(Duration.ofDays(3)));
        ScreeningState state = screening.confirmSeenClinician();
        assertThat(state.status()).isEqualTo(ScreeningState.Status.CLEAR);
        assertThat(state.latest().orElseThrow().clearedHow()).isEqualTo(ScreeningResult.ClearedHow.MEMBER_SAW_CLINICIAN);
        assertThat(state.latest().orElseThrow().clearedAt()).isEqualTo(SettableClock.DEFAULT.plus(Duration.ofDays(3)));
        screening.requireMayStart(member);
    }

    @Test
    void askedAgainAfterNinetyDays() {
        long member = member();
        screening.answer(allNo());
        clock.set(SettableClock.DEFAULT.plus(Duration.ofDays(ScreeningService.VALID_DAYS)).minusSeconds(1));
        assertThat(screening.mine().status()).isEqualTo(ScreeningState.Status.CLEAR);
        clock.set(SettableClock.DEFAULT.plus(Duration.ofDays(ScreeningService.VALID_DAYS)));
        assertThat(screening.mine().status()).isEqualTo(ScreeningState.Status.NEEDED);
        assertThatThrownBy(() -> screening.requireMayStart(member)).isInstanceOf(ScreeningRequiredException.class);
        screening.answer(allNo());
        assertThat(screening.mine().status()).isEqualTo(ScreeningState.Status.CLEAR);
    }

    @Test
    void askedAgainAfterAProgramIsAssignedOrANewSymptom() {
        long member = member();
        screening.answer(allNo());
        clock.set(SettableClock.DEFAULT.plusSeconds(60));
        screening.reask(member, ScreeningService.ReaskReason.NEW_SYMPTOM);
        assertThat(screening.mine().status()).isEqualTo(ScreeningState.Status.NEEDED);
        clock.set(SettableClock.DEFAULT.plusSeconds(120));
        screening.answer(allNo());
        assertThat(screening.mine().status()).isEqualTo(ScreeningState.Status.CLEAR);
    }
}
