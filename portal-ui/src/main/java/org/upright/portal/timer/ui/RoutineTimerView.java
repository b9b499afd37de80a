package org.upright.portal.timer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.upright.content.routine.PublishedRoutine;
import org.upright.content.routine.RoutineService;
import org.upright.portal.base.ui.SafetyDisclaimer;
import org.upright.portal.base.ui.ScreeningGate;
import org.upright.portal.base.ui.StepFigures;
import org.upright.accounts.AccountService;
import org.upright.portal.database.DatabaseOutage;
import org.upright.portal.timer.SessionRecorder;
import org.upright.tracker.progress.MemberProgressService;
import org.upright.tracker.screening.ScreeningRequiredException;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The full-screen guided timer for one routine, phone first. Everything time-related runs in the
 * browser; this view hands over the routine once, records the session as soon as it ends (and its
 * pain-after and note when they follow), and goes to Today when the member is done.
 */
@Route(value = "routines/:slug/run", autoLayout = false)
@RolesAllowed("MEMBER")
class RoutineTimerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RoutineService routines;
    private final SessionRecorder recorder;
    private final JsonMapper json;
    private final MemberProgressService progress;
    private final AccountService accounts;
    private final UprightTimer timer = new UprightTimer();
    private String title;

    RoutineTimerView(RoutineService routines, SessionRecorder recorder, JsonMapper json, MemberProgressService progress,
                     AccountService accounts, @Value("${upright.timer.test-hooks:false}") boolean testHooks) {
        this.routines = routines;
        this.progress = progress;
        this.accounts = accounts;
        this.recorder = recorder;
        this.json = json;
        addClassName("timer-page");
        title = getTranslation("timer.title");
        timer.setTestHooks(testHooks);
        timer.addResultListener(this::save);
        timer.addClosedListener(() -> getUI().ifPresent(ui -> ui.navigate("today")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            recorder.requireMayStart();
        } catch (ScreeningRequiredException notYet) {
            // no valid screening, or a "yes" not cleared yet: the screening page says what to do
            event.rerouteTo(ScreeningGate.ROUTE);
            return;
        }
        String slug = event.getRouteParameters().get("slug").orElse("");
        routines.findPublishedBySlug(slug).ifPresentOrElse(this::show, () -> {
            title = getTranslation("timer.not-found");
            Div missing = new Div(new H2(title), new Paragraph(getTranslation("timer.not-found.text")),
                    new Anchor("routines", getTranslation("timer.not-found.all")));
            missing.addClassName("page");
            add(missing);
        });
    }

    private void show(PublishedRoutine routine) {
        title = getTranslation("timer.title.routine", routine.title());
        Anchor back = new Anchor("routines/" + routine.slug(), getTranslation("timer.back", routine.title()));
        back.addClassName("timer-back");
        back.getElement().setAttribute("router-link", true);
        // after a bad pain response in this routine the timer suggests the easier versions (the rule is the tracker's)
        boolean easier = progress.easierSuggested(accounts.requireCurrentProfile().id(), routine.id());
        // the words first, so the start screen is drawn once, in the UI's language
        timer.setWords(getLocale());
        timer.setRoutineJson(json.writeValueAsString(routineJson(routine, easier)));
        // the current step's picture (content's component; it follows the timer's step)
        // the disclaimer above the timer: the timer's control bar must stay at the bottom edge
        add(back, new StepFigures(routine.steps(), timer.getId().orElse("timer")), new SafetyDisclaimer(), timer);
    }

    static Map<String, Object> routineJson(PublishedRoutine r, boolean easierSuggested) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("routineId", r.id());
        m.put("routineVersion", r.version());
        m.put("title", r.title());
        m.put("getReadySeconds", r.getReadySeconds());
        m.put("steps", r.steps());
        m.put("easierSuggested", easierSuggested);
        return m;
    }

    private void save(String resultJson) {
        SessionRecorder.Outcome outcome;
        try {
            outcome = recorder.record(resultJson);
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                // not refused, only not stored yet: the result stays in the browser's outbox
                LOG.warn("A timer session was not saved: the database does not answer");
                timer.unreachable(clientIdOf(resultJson));
            } else {
                // a check in the database, a bug: say so on the finish screen, keep it in the browser
                LOG.error("Recording a timer session failed", e);
                timer.failed(clientIdOf(resultJson), getTranslation("timer.failed"));
            }
            return;
        }
        if (outcome.saved()) {
            timer.acknowledge(outcome.clientSessionId(), outcome.message(),
                    outcome.advice() == null ? null : json.writeValueAsString(outcome.advice()));
        } else {
            timer.reject(outcome.clientSessionId(), outcome.message());
        }
    }

    private String clientIdOf(String resultJson) {
        try {
            return json.readTree(resultJson).path("clientSessionId").asString("");
        } catch (tools.jackson.core.JacksonException unreadable) {
            return "";
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RoutineTimerView.class);

    @Override
    public String getPageTitle() {
        return title;
    }
}
