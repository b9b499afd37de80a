package org.upright.portal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.upright.kernel.actor.Actors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.upright.content.shared.StartupTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.upright.content.program.ProgramService;
import org.upright.content.program.ProgramSummary;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.AccountService;
import org.upright.accounts.NewAccount;
import org.upright.kernel.Role;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.pain.PainRatingInput;
import org.upright.tracker.pain.PainRatingService;
import org.upright.tracker.shared.MemberCalendar;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * More clients for the demo coach, so "My clients" and "Triage" show each kind of case: one
 * improving, one worsening, one with a run of high scores, one gone quiet, one just starting.
 * They cannot sign in (random passwords); the demo member remains the one to sign in as.
 */
@Component
@Conditional(DemoDataCondition.class)
@Order(40)
class DemoClientsLoader implements StartupTask {

    /** Daily scores whose last day is {@code quietDays} before today; enrolled from the first day. */
    private record DemoClient(String username, String name, int[] scores, int quietDays, boolean enrolled) {
    }

    private static final List<DemoClient> CLIENTS = List.of(
            new DemoClient("demo-ines", "Ines Improving", new int[] {7, 7, 8, 7, 6, 7, 7, 6, 5, 5, 4, 4, 3, 4, 3, 3}, 0, true),
            new DemoClient("demo-walt", "Walt Worsening", new int[] {3, 2, 3, 3, 2, 3, 3, 4, 5, 5, 6, 6, 5, 6}, 0, true),
            new DemoClient("demo-hana", "Hana High", new int[] {5, 6, 5, 5, 6, 5, 6, 5, 7, 8, 8}, 0, true),
            new DemoClient("demo-quinn", "Quinn Quiet", new int[] {5, 5, 4, 5, 4, 4}, 6, true),
            new DemoClient("demo-nora", "Nora New", new int[] {6, 5}, 0, false));

    private static final Logger log = LoggerFactory.getLogger(DemoClientsLoader.class);

    private final AccountService accounts;
    private final PainRatingService ratings;
    private final EnrollmentService enrollments;
    private final ProgramService programs;
    private final MemberCalendar calendar;

    DemoClientsLoader(AccountService accounts, PainRatingService ratings, EnrollmentService enrollments,
                      ProgramService programs, MemberCalendar calendar) {
        this.accounts = accounts;
        this.ratings = ratings;
        this.enrollments = enrollments;
        this.programs = programs;
        this.calendar = calendar;
    }

    @Override
    public void runAtStartup() {
        AccountProfile coach = accounts.findByUsername(DemoDataLoader.COACH).orElse(null);
        if (coach == null || accounts.findByUsername(CLIENTS.getFirst().username()).isPresent()) {
            return;
        }
        Actors.runAsSystem(() -> create(coach, programs.listPublished()));
        log.info("Demo clients for '{}': {}", coach.username(), CLIENTS.stream().map(DemoClient::username).toList());
    }

    private void create(AccountProfile coach, List<ProgramSummary> published) {
        for (DemoClient client : CLIENTS) {
            AccountProfile member = accounts.create(new NewAccount(client.username(), client.name(), unusablePassword(),
                    Role.MEMBER, coach.id()));
            LocalDate today = calendar.today(member.id());
            LocalDate lastDay = today.minusDays(client.quietDays());
            int days = client.scores().length;
            // the longest published program (the 4-week starter one), so no demo case ends its program early
            published.stream().max(java.util.Comparator.comparingInt(ProgramSummary::weeks)
                            .thenComparing(ProgramSummary::id, java.util.Comparator.reverseOrder()))
                    .filter(program -> client.enrolled())
                    .ifPresent(program -> enrollments.enroll(member.id(), program.id(), lastDay.minusDays(days - 1L)));
            List<PainRatingInput> history = new ArrayList<>();
            for (int i = 0; i < days; i++) {
                history.add(new PainRatingInput(lastDay.minusDays(days - 1L - i), client.scores()[i], Set.of(), null));
            }
            ratings.importHistory(member.id(), history);
        }
    }

    private static String unusablePassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
