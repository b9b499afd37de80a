package org.upright.portal.screening.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.portal.base.ui.Links;
import org.upright.portal.base.ui.SafetyDisclaimer;
import org.upright.tracker.screening.Advice;
import org.upright.tracker.screening.ScreeningQuestion;
import org.upright.tracker.screening.ScreeningResult;
import org.upright.tracker.screening.ScreeningService;
import org.upright.tracker.screening.ScreeningState;

import java.util.EnumMap;
import java.util.Map;

/**
 * The safety questions before a member's first routine (and again after 90 days, a new program
 * or a new symptom). All "no" lets routines start; any "yes" shows the advice for it and pauses
 * routines until the coach clears it or the member confirms they have seen a clinician.
 */
@Route("screening")
@RolesAllowed("MEMBER")
@StyleSheet("context://upright/progress.css")
class ScreeningView extends Main implements HasDynamicTitle {

    /** The answers' values (their English words); what a member reads is {@code screening.answer.yes} and {@code .no}. */
    static final String YES = "Yes";
    static final String NO = "No";

    private final ScreeningService screening;
    private final Map<ScreeningQuestion, RadioButtonGroup<String>> fields = new EnumMap<>(ScreeningQuestion.class);

    ScreeningView(ScreeningService screening) {
        this.screening = screening;
        addClassNames("page", "screening-page");
        setId("screening");
        render(screening.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("screening.title");
    }

    private void render(ScreeningState state) {
        removeAll();
        fields.clear();
        add(new H2(getTranslation("screening.title")), new SafetyDisclaimer());
        switch (state.status()) {
            case NEEDED -> form(state);
            case BLOCKED -> paused(state.latest().orElseThrow());
            case CLEAR -> done();
        }
    }

    private void form(ScreeningState state) {
        add(new Paragraph(getTranslation(state.latest().isPresent() ? "screening.intro.again" : "screening.intro.first")));
        ScreeningQuestion.Group group = null;
        for (ScreeningQuestion q : ScreeningQuestion.values()) {
            if (q.group() != group) {
                group = q.group();
                H3 heading = new H3(group.title());
                add(heading);
                if (group == ScreeningQuestion.Group.HEART) {
                    add(new Paragraph(getTranslation("screening.heart.intro")));
                }
            }
            RadioButtonGroup<String> answer = new RadioButtonGroup<>(q.text());
            answer.setItems(YES, NO);
            answer.setItemLabelGenerator(v -> getTranslation(YES.equals(v) ? "screening.answer.yes" : "screening.answer.no"));
            answer.setRequiredIndicatorVisible(true);
            answer.setId("q-" + q.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            answer.addClassName("screening-question");
            fields.put(q, answer);
            add(answer);
        }
        Paragraph error = new Paragraph();
        error.setId("screening-error");
        error.addClassName("field-error");
        Button save = new Button(getTranslation("screening.save"), e -> save(error));
        save.setId("screening-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(error, save);
    }

    private void save(Paragraph error) {
        Map<ScreeningQuestion, Boolean> answers = new EnumMap<>(ScreeningQuestion.class);
        int missing = 0;
        for (var e : fields.entrySet()) {
            String v = e.getValue().getValue();
            e.getValue().setInvalid(v == null);
            e.getValue().setErrorMessage(v == null ? getTranslation("screening.answer.required") : null);
            if (v == null) {
                missing++;
            } else {
                answers.put(e.getKey(), YES.equals(v));
            }
        }
        if (missing > 0) {
            error.setText(getTranslation("screening.missing", missing));
            return;
        }
        render(screening.answer(answers));
    }

    private void paused(ScreeningResult result) {
        Div box = new Div();
        box.addClassNames("card", "screening-advice");
        box.setId("screening-advice");
        box.getElement().setAttribute("role", "alert");
        box.add(new H3(getTranslation("screening.paused.title")));
        for (Advice advice : result.advice()) {
            Paragraph p = new Paragraph(advice.text());
            p.addClassName("advice-" + advice.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            box.add(p);
        }
        box.add(new Paragraph(getTranslation("screening.paused.yes")));
        UnorderedList yes = new UnorderedList();
        result.yes().forEach(q -> yes.add(new ListItem(q.text())));
        box.add(yes);
        box.add(new Paragraph(getTranslation("screening.paused.text")));
        Button seen = new Button(getTranslation("screening.seen-clinician"), e -> render(screening.confirmSeenClinician()));
        seen.setId("screening-seen-clinician");
        add(box, seen);
    }

    private void done() {
        Paragraph ok = new Paragraph(getTranslation("screening.clear"));
        ok.setId("screening-clear");
        add(ok, new Paragraph(Links.to("today", getTranslation("screening.go-today"))));
    }
}
