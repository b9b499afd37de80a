package org.upright.portal.security.access;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.upright.accounts.AccountFilter;
import org.upright.accounts.NewAccount;
import org.upright.accounts.audit.AuditFilter;
import org.upright.content.article.ArticleFilter;
import org.upright.content.program.ProgramFilter;
import org.upright.content.routine.RoutineFilter;
import org.upright.kernel.Role;
import org.upright.tracker.cohort.ClientFilter;
import org.upright.tracker.export.ClinicianReportRequest;
import org.upright.tracker.pain.PainRatingInput;
import org.upright.tracker.screening.ScreeningQuestion;
import org.upright.tracker.session.SessionSubmission;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Arguments for a call: ids that name the subject's own data (so "member (other)" and "coach (not
 * assigned)" ask for someone else's), and otherwise valid values, so that an allowed caller gets
 * past validation. Drafts of admin content stay null: only admins reach their validation.
 * A parameter type nobody thought of fails the test with its name.
 */
final class Arguments {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final AccessFixture f;

    Arguments(AccessFixture fixture) {
        this.f = fixture;
    }

    Object[] of(Method method) {
        Parameter[] parameters = method.getParameters();
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            values[i] = of(parameters[i]);
        }
        return values;
    }

    private Object of(Parameter p) {
        Class<?> type = p.getType();
        String name = p.getName();
        if (!p.isNamePresent()) {
            throw new IllegalStateException("Compile with -parameters: the matrix picks ids by parameter name");
        }
        if (type == long.class || type == Long.class) {
            return id(name);
        }
        if (type == int.class || type == Integer.class) {
            return switch (name) {
                case "days" -> 30;
                case "version", "routineVersion" -> f.routine.version();
                case "painAfter", "score" -> 3;
                default -> 10;
            };
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == String.class) {
            return switch (name) {
                case "token" -> "no-such-link-token";
                case "slug" -> "no-such-slug";
                case "username" -> f.subject.username();
                case "query" -> "back";
                case "timerResultJson" -> "{}";
                case "currentPassword" -> "not-the-password";
                case "newPassword", "password" -> "a-long-enough-passphrase-" + SEQUENCE.incrementAndGet();
                case "extension" -> "csv";
                default -> "Checked by the access matrix";
            };
        }
        if (type == LocalDate.class) {
            return name.equals("from") ? f.today.minusDays(30) : f.today;
        }
        if (type == java.time.Instant.class) {
            // a message "read at" stays empty (unread); other instants are now
            return name.equals("readAt") ? null : java.time.Instant.now();
        }
        if (type == UUID.class) {
            return f.sessionId;
        }
        if (type == Pageable.class) {
            return PageRequest.of(0, 10);
        }
        if (type == OutputStream.class) {
            return new ByteArrayOutputStream();
        }
        if (type == byte[].class) {
            return new byte[] {1, 2, 3};
        }
        if (type == Role.class) {
            return Role.MEMBER;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == Collection.class || type == List.class) {
            return name.equals("memberIds") ? List.of(f.subject.id()) : List.of();
        }
        if (type == Map.class) {
            Map<ScreeningQuestion, Boolean> answers = new EnumMap<>(ScreeningQuestion.class);
            for (ScreeningQuestion q : ScreeningQuestion.values()) {
                answers.put(q, false);
            }
            return answers;
        }
        if (type == AccountFilter.class) {
            return AccountFilter.ALL;
        }
        if (type == AuditFilter.class) {
            return AuditFilter.everything(ZoneOffset.UTC);
        }
        if (type == ArticleFilter.class) {
            return ArticleFilter.ALL;
        }
        if (type == ProgramFilter.class) {
            return ProgramFilter.ALL;
        }
        if (type == RoutineFilter.class) {
            return RoutineFilter.ALL;
        }
        if (type == ClientFilter.class) {
            return ClientFilter.ALL;
        }
        if (type == PainRatingInput.class) {
            return new PainRatingInput(f.today, 5, Set.of(), "Checked by the access matrix");
        }
        if (type == SessionSubmission.class) {
            return f.session(UUID.randomUUID());
        }
        if (type == NewAccount.class) {
            return new NewAccount("matrix-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet(),
                    "Made by the access matrix", "a-long-enough-passphrase", Role.MEMBER, null);
        }
        if (type == org.upright.tracker.reminder.ReminderChoice.class) {
            return new org.upright.tracker.reminder.ReminderChoice(null, false);
        }
        if (type == ClinicianReportRequest.class) {
            return new ClinicianReportRequest(f.subject.id(), f.subject.displayName(), 30);
        }
        if (type.getSimpleName().endsWith("Draft")) {
            return null;
        }
        throw new IllegalStateException("No argument for " + type.getName() + " " + name
                + ": add one to " + Arguments.class.getSimpleName());
    }

    private long id(String name) {
        return switch (name) {
            case "memberId", "accountId" -> f.subject.id();
            case "coachId" -> f.coach.id();
            case "programId" -> f.programId;
            case "routineId" -> f.routine.id();
            case "articleId" -> f.articleId;
            // content ids: only admins get past the role check, and an unknown id fails for them as "not found"
            default -> 0L;
        };
    }
}
