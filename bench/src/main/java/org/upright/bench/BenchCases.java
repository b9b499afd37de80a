package org.upright.bench;

import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.content.article.ArticleService;
import org.upright.tracker.cohort.ClientFilter;
import org.upright.tracker.cohort.CoachClientsService;
import org.upright.tracker.progress.MemberProgressService;
import org.upright.tracker.progress.AdherenceService;
import org.upright.tracker.progress.PainResponseService;
import org.upright.tracker.progress.PainTrendService;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Every measured call, through the application's own service beans. This is the one place to change
 * when a query moves to another service: each case is a name and a call.
 */
final class BenchCases {

    /** One measured call; {@code call} gets the call number (member cases rotate over a sample of members). */
    record Case(String group, String name, IntFunction<Object> call) {
    }

    /** Grid sort keys of the coach's client list (CoachClientsService#clients). */
    static final List<String> SORTS = List.of("name", "program", "lastRating", "rated", "change", "adherence7",
            "adherence28", "lastActive", "alerts");
    static final int PAGE_SIZE = 50;
    static final String TEXT_FILTER = "an";

    private BenchCases() {
    }

    static List<Case> all(ApplicationContext ctx, List<Long> memberSample, long bigCoach, int bigClients,
                          long smallCoach, int smallClients) {
        List<Case> cases = new ArrayList<>();
        // the slowest last, so an interrupted full run still has the rest in its report
        cases.addAll(member(ctx, memberSample));
        cases.addAll(search(ctx));
        cases.addAll(coach(ctx, "coach " + smallClients, smallCoach));
        cases.addAll(coach(ctx, "coach " + bigClients, bigCoach));
        return cases;
    }

    static List<Case> member(ApplicationContext ctx, List<Long> members) {
        PainTrendService trends = ctx.getBean(PainTrendService.class);
        AdherenceService adherence = ctx.getBean(AdherenceService.class);
        PainResponseService responses = ctx.getBean(PainResponseService.class);
        MemberProgressService progress = ctx.getBean(MemberProgressService.class);
        String g = "member";
        return List.of(
                memberCase(g, "365-day series + 7-day average (PainTrendService.recentSeries)", members,
                        m -> trends.recentSeries(m, 365)),
                memberCase(g, "baseline (PainTrendService.baseline)", members, trends::baseline),
                memberCase(g, "baseline vs current (PainTrendService.comparison)", members, trends::comparison),
                memberCase(g, "adherence 7/28 days (AdherenceService.adherence)", members, adherence::adherence),
                memberCase(g, "streak (AdherenceService.streak)", members, adherence::streak),
                memberCase(g, "pain response, last 10 (PainResponseService.painResponse)", members,
                        m -> responses.painResponse(m, PainResponseService.DEFAULT_LAST_SESSIONS)),
                memberCase(g, "alerts (MemberProgressService.alerts)", members, progress::alerts),
                memberCase(g, "whole progress page, 365 days (MemberProgressService.overview)", members,
                        m -> progress.overview(m, 365)));
    }

    static List<Case> coach(ApplicationContext ctx, String group, long coachId) {
        CoachClientsService coach = ctx.getBean(CoachClientsService.class);
        String user = Generator.coachName(coachId);
        List<ClientFilter> filters = List.of(ClientFilter.ALL, ClientFilter.ALL.withNeedsAttention(true),
                ClientFilter.ALL.withText(TEXT_FILTER), ClientFilter.ALL.withText(TEXT_FILTER).withNeedsAttention(true));
        List<Case> cases = new ArrayList<>();
        for (ClientFilter filter : filters) {
            List<Sort> sorts = new ArrayList<>();
            // every sort both ways (the grid's header toggles the direction)
            SORTS.forEach(s -> {
                sorts.add(Sort.by(Sort.Order.asc(s)));
                sorts.add(Sort.by(Sort.Order.desc(s)));
            });
            for (Sort sort : sorts) {
                PageRequest page = PageRequest.of(0, PAGE_SIZE, sort);
                cases.add(new Case(group, "clients " + describe(filter) + ", sort " + sort.toString().replace(": ", " "),
                        i -> as(user, "COACH", () -> coach.clients(filter, page))));
            }
            cases.add(new Case(group, "countClients " + describe(filter),
                    i -> as(user, "COACH", () -> coach.countClients(filter))));
        }
        cases.add(new Case(group, "triage, first page", i -> as(user, "COACH", () -> coach.triage(PageRequest.of(0, PAGE_SIZE)))));
        cases.add(new Case(group, "countTriage", i -> as(user, "COACH", coach::countTriage)));
        return cases;
    }

    static List<Case> search(ApplicationContext ctx) {
        ArticleService articles = ctx.getBean(ArticleService.class);
        return List.of(
                new Case("search", "common word \"back\" (ArticleService.searchPublished)",
                        i -> as("member1", "MEMBER", () -> articles.searchPublished("back", null, 20))),
                new Case("search", "two words \"desk posture\"",
                        i -> as("member1", "MEMBER", () -> articles.searchPublished("desk posture", null, 20))),
                new Case("search", "rare phrase \"\\\"knee brace\\\"\"",
                        i -> as("member1", "MEMBER", () -> articles.searchPublished("\"knee brace\"", null, 20))));
    }

    private static Case memberCase(String group, String name, List<Long> members, java.util.function.LongFunction<Object> f) {
        return new Case(group, name, i -> {
            long m = members.get(Math.floorMod(i, members.size()));
            return as(Generator.memberName((int) (m - Generator.FIRST_MEMBER_ID)), "MEMBER", () -> f.apply(m));
        });
    }

    private static String describe(ClientFilter f) {
        String text = f.text() != null ? "text '" + f.text() + "'" : null;
        return f.needsAttention() ? (text == null ? "needing attention" : text + " needing attention")
                : text != null ? text : "all";
    }

    /** Runs the call with a signed-in user of that role, as a request or UI access would. */
    static Object as(String username, String role, Supplier<Object> call) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
