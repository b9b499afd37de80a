package org.upright.portal.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.upright.tracker.progress.MemberProgressService;
import org.upright.tracker.progress.ProgressWording;

import java.util.Optional;

/**
 * The program checkpoint on Today: at weeks 4 to 6 and at a program's end, when pain has not
 * clearly improved, the member is advised to see a clinician (the rule and its words are the
 * tracker's; the coach gets the matching alert).
 */
class CheckpointCard extends Div {

    /** The card, or empty when the checkpoint has nothing to say today. */
    static Optional<CheckpointCard> of(MemberProgressService progress, long memberId) {
        return ProgressWording.checkpoint(progress.summary(memberId)).map(CheckpointCard::new);
    }

    private CheckpointCard(String text) {
        setId("checkpoint");
        addClassNames("card", "check-in-advice");
        getElement().setAttribute("role", "note");
        add(new H3(getTranslation("home.checkpoint.title")), new Paragraph(text));
    }
}
