package org.upright.tracker.progress;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.tracker.session.RoutineInfo;
import org.upright.tracker.testing.InMemoryRoutineCatalog;
import org.upright.tracker.testing.Members;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@SpringBootTest
class PainResponseServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Autowired
    PainResponseService responses;
    @Autowired
    Members members;

    @BeforeAll
    static void routines(@Autowired InMemoryRoutineCatalog catalog) {
        catalog.add(new RoutineInfo(21, 1, "Chest opener", 3));
    }

    @Test
    void meanChangeOverTheLastSessionsOfEachRoutine() {
        long member = members.create();
        members.session(member, TODAY.minusDays(3), 21, 6, 4);
        members.session(member, TODAY.minusDays(2), 21, 5, 5);
        members.session(member, TODAY.minusDays(1), 21, 7, 4);
        members.session(member, TODAY.minusDays(1), 22, 3, null); // no "after": not counted
        members.session(member, TODAY.minusDays(2), 23, 5, 4);      // unknown to the catalog
        members.session(member, TODAY.minusDays(1), 23, 5, 4);
        members.session(member, TODAY, 23, 4, 3);
        members.session(member, TODAY, 24, 4, 2);                  // twice only: too few to show
        members.session(member, TODAY, 24, 4, 2);

        var all = responses.painResponse(member, 10);
        assertThat(all).hasSize(2);
        assertThat(all).allMatch(r -> r.sessions() >= PainResponseService.MIN_SESSIONS);
        PainResponse chest = all.getFirst();
        assertThat(chest.routineTitle()).isEqualTo("Chest opener");
        assertThat(chest.sessions()).isEqualTo(3);
        assertThat(chest.meanBefore()).isCloseTo(6.0, within(1e-9));
        assertThat(chest.meanAfter()).isCloseTo(13.0 / 3, within(1e-9));
        assertThat(chest.meanChange()).isCloseTo(-5.0 / 3, within(1e-9));
        assertThat(all.get(1).routineTitle()).isEqualTo("Routine 23");

        // over fewer sessions than the minimum nothing is shown
        assertThat(responses.painResponse(member, 2)).isEmpty();
    }
}
