package org.upright.tracker.shared;

import org.springframework.stereotype.Component;
import org.upright.kernel.member.MemberDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for a member: the shared {@link Clock} read in the member's own time zone. */
@Component
public class MemberCalendar {

    private final MemberDirectory members;
    private final Clock clock;

    MemberCalendar(MemberDirectory members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    public ZoneId zone(long memberId) {
        return members.timeZone(memberId);
    }

    public LocalDate today(long memberId) {
        return LocalDate.now(clock.withZone(zone(memberId)));
    }

    public Clock clock() {
        return clock;
    }
}
