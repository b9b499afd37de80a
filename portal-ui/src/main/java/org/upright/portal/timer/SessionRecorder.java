package org.upright.portal.timer;

import org.upright.kernel.i18n.Wording;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.upright.kernel.member.MemberAccess;
import org.upright.tracker.screening.ScreeningRequiredException;
import org.upright.tracker.screening.ScreeningService;
import org.upright.tracker.progress.SessionPainAdvice;
import org.upright.tracker.session.CompletedSession;
import org.upright.tracker.session.CompletedSessionService;
import org.upright.tracker.session.RecordedSession;
import org.upright.tracker.session.SessionSubmission;
import org.upright.tracker.session.StopReason;
import org.upright.kernel.validation.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records what the browser timer sends the moment a routine ends (or is stopped and kept as
 * partial), and the pain-after and note the member adds afterwards. The browser's session id makes a
 * double tap, a retry or a resend from the offline outbox record the session once; a repeat with new
 * pain-after or note updates that same session of the signed-in member.
 */
@Service
@PreAuthorize("hasRole('MEMBER')")
public class SessionRecorder {

    /**
     * The outcome the timer shows: saved (new or already there) or refused with a reason, and the
     * pain-monitoring advice when the stored session's pain response was bad (else null).
     */
    public record Outcome(String clientSessionId, boolean saved, String message, SessionPainAdvice advice) {

        Outcome(String clientSessionId, boolean saved, String message) {
            this(clientSessionId, saved, message, null);
        }
    }

    private final MemberAccess access;
    private final CompletedSessionService sessions;
    private final JsonMapper json;
    private final ScreeningService screening;

    SessionRecorder(MemberAccess access, CompletedSessionService sessions, JsonMapper json, ScreeningService screening) {
        this.access = access;
        this.sessions = sessions;
        this.json = json;
        this.screening = screening;
    }

    /**
     * Throws {@link ScreeningRequiredException} unless the signed-in member has a valid, clear
     * screening; the timer view asks before it shows the timer, and {@link #record} before saving.
     */
    public void requireMayStart() {
        screening.requireMayStart(access.requireCurrentMember().id());
    }

    public Outcome record(String timerResultJson) {
        long memberId = access.requireCurrentMember().id();
        String clientId = "";
        try {
            screening.requireMayStart(memberId);
        } catch (ScreeningRequiredException unscreened) {
            return new Outcome(clientIdOf(timerResultJson), false, unscreened.getMessage());
        }
        try {
            JsonNode r = json.readTree(timerResultJson);
            clientId = r.path("clientSessionId").asString("");
            SessionSubmission submission = new SessionSubmission(UUID.fromString(clientId),
                    r.path("routineId").asLong(), r.path("routineVersion").asInt(),
                    Instant.ofEpochMilli(r.path("startedAt").asLong()), Instant.ofEpochMilli(r.path("finishedAt").asLong()),
                    r.path("stepsCompleted").asInt(), r.path("stepsTotal").asInt(), r.path("durationSeconds").asInt(),
                    optionalInt(r, "painBefore"), optionalInt(r, "painAfter"), optionalText(r, "note"),
                    holdSeconds(r.path("stepHoldSeconds")), stopReason(r), optionalText(r, "stopNote"),
                    easierSteps(r.path("stepEasier")));
            RecordedSession recorded = sessions.record(memberId, submission);
            CompletedSession stored = recorded.session();
            boolean partial = stored.stepsCompleted() < stored.stepsTotal();
            return new Outcome(clientId, true, partial
                    ? Wording.text("timer.saved.steps", stored.stepsCompleted(), stored.stepsTotal())
                    : Wording.text("timer.saved"),
                    SessionPainAdvice.of(stored.painBefore(), stored.painAfter()).orElse(null));
        } catch (InvalidInputException invalid) {
            return new Outcome(clientId, false, String.join(" ", invalid.fieldMessages().values()));
        } catch (JacksonException | IllegalArgumentException unreadable) {
            return new Outcome(clientId, false, Wording.text("timer.unreadable"));
        }
    }

    private String clientIdOf(String timerResultJson) {
        try {
            return json.readTree(timerResultJson).path("clientSessionId").asString("");
        } catch (JacksonException unreadable) {
            return "";
        }
    }

    /** Seconds held per step; null when the timer did not measure them. */
    private static List<Integer> holdSeconds(JsonNode n) {
        if (!n.isArray()) {
            return null;
        }
        List<Integer> seconds = new ArrayList<>();
        for (JsonNode v : n) {
            if (!v.isNumber()) {
                throw new IllegalArgumentException("hold seconds must be numbers");
            }
            seconds.add(v.asInt());
        }
        return seconds;
    }

    /** Per step whether the member did its easier version; null when the timer did not offer the choice. */
    private static List<Boolean> easierSteps(JsonNode n) {
        if (!n.isArray()) {
            return null;
        }
        List<Boolean> easier = new ArrayList<>();
        for (JsonNode v : n) {
            if (!v.isBoolean()) {
                throw new IllegalArgumentException("the easier choice must be true or false");
            }
            easier.add(v.asBoolean());
        }
        return easier;
    }

    /** Why the member stopped early, or null (not stopped, or not said). */
    private static StopReason stopReason(JsonNode r) {
        String reason = optionalText(r, "stopReason");
        return reason == null ? null : StopReason.valueOf(reason);
    }

    private static Integer optionalInt(JsonNode r, String field) {
        JsonNode n = r.path(field);
        return n.isNumber() ? n.asInt() : null;
    }

    private static String optionalText(JsonNode r, String field) {
        JsonNode n = r.path(field);
        return n.isString() && !n.asString().isBlank() ? n.asString().strip() : null;
    }
}
