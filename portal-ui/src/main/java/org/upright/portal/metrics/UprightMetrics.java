package org.upright.portal.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.NameMatchMethodPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.upright.tracker.export.MemberExportService;
import org.upright.tracker.pain.PainRatingService;
import org.upright.tracker.progress.AdherenceService;
import org.upright.tracker.alert.Alert;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.progress.AlertService;
import org.upright.tracker.progress.PainResponseService;
import org.upright.tracker.progress.PainTrendService;
import org.upright.tracker.session.CompletedSessionService;
import org.upright.tracker.session.RecordedSession;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every business metric of the portal in one place (README "Operations" lists them): counters
 * wrapped around the services that do the thing, so the services themselves stay free of
 * metric code. The advisors are infrastructure beans, so the proxies that Spring already builds
 * for transactions and method security carry them too. Counts are taken after the call
 * returned (a refused or failed save counts nothing). No meter carries a member, a name or
 * any text a member typed: tags are fixed words only.
 */
@Configuration(proxyBeanMethods = false)
class UprightMetrics {

    static final String CHECKINS_SAVED = "upright.checkins.saved";
    static final String SESSIONS_RECORDED = "upright.sessions.recorded";
    static final String SIGN_INS = "upright.signins";
    static final String ALERTS_RAISED = "upright.alerts.raised";
    static final String EXPORTS = "upright.exports";
    static final String PROGRESS_QUERY = "upright.progress.query";

    /** Outside the transaction (whose interceptor has the lowest precedence): count after commit. */
    private static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1000;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor checkInsSavedMetric(ObjectProvider<MeterRegistry> registry) {
        return advisor(PainRatingService.class, List.of("save"), invocation -> {
            Object result = invocation.proceed();
            counter(registry.getObject(), CHECKINS_SAVED).increment();
            return result;
        });
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor sessionsRecordedMetric(ObjectProvider<MeterRegistry> registry) {
        return advisor(CompletedSessionService.class, List.of("record"), invocation -> {
            Object result = invocation.proceed();
            if (result instanceof RecordedSession recorded && recorded.newlyRecorded()) {
                counter(registry.getObject(), SESSIONS_RECORDED).increment();
            }
            return result;
        });
    }

    /** Alerts are computed when a coach looks (alerts per member); each alert found counts, by kind. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor alertsRaisedMetric(ObjectProvider<MeterRegistry> registry) {
        return advisor(AlertService.class, List.of("alerts"), invocation -> {
            Object result = invocation.proceed();
            if (result instanceof List<?> alerts) {
                for (Object alert : alerts) {
                    if (alert instanceof Alert a) {
                        counter(registry.getObject(), ALERTS_RAISED, "kind", kind(a.kind())).increment();
                    }
                }
            }
            return result;
        });
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor exportDownloadsMetric(ObjectProvider<MeterRegistry> registry) {
        return advisor(MemberExportService.class, List.of("writeCsv", "writeReport"), invocation -> {
            Object result = invocation.proceed();
            String format = invocation.getMethod().getName().equals("writeCsv") ? "csv" : "pdf";
            counter(registry.getObject(), EXPORTS, "format", format).increment();
            return result;
        });
    }

    /** Time of every public progress query (trend, baseline, adherence, streak, pain response, alerts). */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor progressQueryTimers(ObjectProvider<MeterRegistry> registry) {
        MethodInterceptor timing = invocation -> {
            String query = invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
            Timer.Sample sample = Timer.start(registry.getObject());
            String outcome = "error";
            try {
                Object result = invocation.proceed();
                outcome = "success";
                return result;
            } finally {
                sample.stop(Timer.builder(PROGRESS_QUERY).description("Time of the progress queries")
                        .tag("query", query).tag("outcome", outcome).register(registry.getObject()));
            }
        };
        NameMatchMethodPointcut pointcut = new NameMatchMethodPointcut() {
            @Override
            public boolean matches(java.lang.reflect.Method method, Class<?> targetClass) {
                return java.lang.reflect.Modifier.isPublic(method.getModifiers())
                        && method.getDeclaringClass() != Object.class;
            }
        };
        pointcut.setClassFilter(type -> PainTrendService.class.isAssignableFrom(type)
                || AdherenceService.class.isAssignableFrom(type) || PainResponseService.class.isAssignableFrom(type)
                || AlertService.class.isAssignableFrom(type));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, timing);
        advisor.setOrder(ORDER);
        return advisor;
    }

    private static Advisor advisor(Class<?> type, List<String> methods, MethodInterceptor interceptor) {
        NameMatchMethodPointcut pointcut = new NameMatchMethodPointcut();
        pointcut.setMappedNames(methods.toArray(String[]::new));
        pointcut.setClassFilter(type::isAssignableFrom);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, interceptor);
        advisor.setOrder(ORDER);
        return advisor;
    }

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            CHECKINS_SAVED, "Daily pain check-ins saved by members",
            SESSIONS_RECORDED, "Stretching sessions stored (repeats of one session count once)",
            SIGN_INS, "Password sign-in attempts",
            ALERTS_RAISED, "Alerts found when a member's alerts were computed",
            EXPORTS, "Exports downloaded (CSV data, clinician PDF)");

    static Counter counter(MeterRegistry registry, String name, String... tags) {
        return Counter.builder(name).description(DESCRIPTIONS.get(name)).tags(tags).register(registry);
    }

    private static String kind(AlertKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    @Bean
    EventCounters eventCounters(MeterRegistry registry) {
        return new EventCounters(registry);
    }

    /**
     * Registers every counter at start (so a dashboard shows 0, not "no data", before the first
     * event) and counts Spring Security's authentication events: every password sign-in, right or wrong.
     */
    static final class EventCounters {

        private final Counter succeeded;
        private final Counter failed;
        private final Counter throttled;
        private final Counter unavailable;

        EventCounters(MeterRegistry registry) {
            succeeded = counter(registry, SIGN_INS, "outcome", "success");
            failed = counter(registry, SIGN_INS, "outcome", "failure");
            throttled = counter(registry, SIGN_INS, "outcome", "throttled");
            unavailable = counter(registry, SIGN_INS, "outcome", "unavailable");
            counter(registry, CHECKINS_SAVED);
            counter(registry, SESSIONS_RECORDED);
            for (AlertKind kind : AlertKind.values()) {
                counter(registry, ALERTS_RAISED, "kind", kind(kind));
            }
            counter(registry, EXPORTS, "format", "csv");
            counter(registry, EXPORTS, "format", "pdf");
        }

        @EventListener
        void on(AuthenticationSuccessEvent event) {
            succeeded.increment();
        }

        @EventListener
        void on(AbstractAuthenticationFailureEvent event) {
            // refused by the sign-in throttle; the account store (database) could not be asked; or wrong
            switch (event) {
                case AuthenticationFailureLockedEvent e -> throttled.increment();
                case AuthenticationFailureServiceExceptionEvent e -> unavailable.increment();
                default -> failed.increment();
            }
        }
    }
}
