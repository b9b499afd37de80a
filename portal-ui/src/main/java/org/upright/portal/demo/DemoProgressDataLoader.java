package org.upright.portal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.upright.portal.account.AccountProfile;
import org.upright.portal.account.AccountService;
import org.upright.tracker.pain.PainRatingService;
import org.upright.tracker.session.CompletedSessionService;
import org.upright.tracker.session.SessionSubmission;
import org.upright.tracker.shared.MemberCalendar;

import java.time.LocalDate;
import java.util.List;

/** Gives the demo member 60 days of pain history (and sessions once routines exist), once. */
@Component
@Conditional(DemoDataCondition.class)
@Order(30)
class DemoProgressDataLoader implements ApplicationRunner {

    static final int DAYS = 60;
    private static final Logger log = LoggerFactory.getLogger(DemoProgressDataLoader.class);

    private final AccountService accounts;
    private final PainRatingService ratings;
    private final CompletedSessionService sessions;
    private final MemberCalendar calendar;

    DemoProgressDataLoader(AccountService accounts, PainRatingService ratings, CompletedSessionService sessions,
                           MemberCalendar calendar) {
        this.accounts = accounts;
        this.ratings = ratings;
        this.sessions = sessions;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        AccountProfile member = accounts.findByUsername(DemoDataLoader.MEMBER).orElse(null);
        if (member == null) {
            return;
        }
        LocalDate today = calendar.today(member.id());
        if (!ratings.list(member.id(), today.minusDays(365), today).isEmpty()) {
            return;
        }
        int rated = ratings.importHistory(member.id(), DemoHistoryGenerator.ratings(today, DAYS));
        List<SessionSubmission> demoSessions = DemoHistoryGenerator.sessions(today, DAYS, member.zone(), demoRoutines());
        demoSessions.forEach(s -> sessions.record(member.id(), s));
        log.info("Demo history: {} ratings and {} sessions for '{}'", rated, demoSessions.size(), member.username());
    }

    /**
     * The routines demo sessions are made of. None until content-core's starter routines are
     * merged; then list them here (id, version, number of steps).
     */
    List<DemoHistoryGenerator.DemoRoutine> demoRoutines() {
        return List.of();
    }
}
