package org.upright.tracker.screening;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.kernel.Role;
import org.upright.tracker.testing.Members;
import org.upright.tracker.testing.SettableClock;
import org.upright.tracker.testing.SignedIn;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Check-in advice at 8 and at a jump of 3 over the 7-day average. Clock: 2026-03-15 (UTC), moved where said. */
@SpringBootTest
class CheckInAdviceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Autowired
    CheckInAdvice advice;
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

    @Test
    void eightOrMoreAlwaysShowsAdvice() {
        long member = members.create();
        signedIn.as(Role.MEMBER, member);
        members.rate(member, TODAY, 8);
        assertThat(advice.needsAdvice(TODAY, 8)).isTrue();
        assertThat(advice.needsAdvice(TODAY, 7)).isFalse();
    }

    @Test
    void aJumpOfThreeOverTheSevenDayAverageShowsAdvice() {
        long member = members.create();
        signedIn.as(Role.MEMBER, member);
        members.rate(member, TODAY.minusDays(4), 3, 4, 3, 4, 6);
        // average 3.5 shown as 3.5: 6 is 2.5 above
        assertThat(advice.needsAdvice(TODAY, 6)).isFalse();

        long jumper = members.create();
        signedIn.as(Role.MEMBER, jumper);
        members.rate(jumper, TODAY.minusDays(4), 3, 4, 3, 4, 7);
        assertThat(advice.needsAdvice(TODAY, 7)).isTrue();

        // the next day (moved clock) the same rule looks at that day's own rating
        clock.set(SettableClock.DEFAULT.plus(Duration.ofDays(1)));
        members.rate(jumper, TODAY.plusDays(1), 5);
        assertThat(advice.needsAdvice(TODAY.plusDays(1), 5)).isFalse();
    }
}
