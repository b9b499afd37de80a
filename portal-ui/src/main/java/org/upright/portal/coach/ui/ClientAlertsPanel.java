package org.upright.portal.coach.ui;

import org.upright.portal.base.ui.Texts;
import org.upright.portal.base.ui.Card;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.upright.tracker.alert.AlertAcknowledgement;
import org.upright.tracker.cohort.ClientProgressRow;
import org.upright.tracker.cohort.CoachClientsService;
import org.upright.tracker.progress.MemberProgressService;
import org.upright.kernel.text.Dates;
import org.upright.tracker.alert.Alert;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The client's alerts now; open ones get a "Seen" button, seen ones say who saw them and when. */
class ClientAlertsPanel extends Card {

    private final CoachClientsService clients;
    private final MemberProgressService progress;
    private final ZoneId zone;
    private ClientProgressRow client;

    ClientAlertsPanel(CoachClientsService clients, MemberProgressService progress, ClientProgressRow client, ZoneId zone) {
        super(Texts.text("coach.alerts.title"), "client-alerts");
        this.clients = clients;
        this.progress = progress;
        this.client = client;
        this.zone = zone;
        render();
    }

    private void render() {
        body().removeAll();
        List<Alert> alerts = progress.alerts(client.memberId());
        if (alerts.isEmpty()) {
            body().add(new Paragraph(getTranslation("coach.alerts.empty")));
            return;
        }
        List<AlertAcknowledgement> seen = clients.acknowledgements(client.memberId());
        alerts.forEach(alert -> body().add(line(alert, seen)));
    }

    private Div line(Alert alert, List<AlertAcknowledgement> seen) {
        Div line = new Div(AlertBadges.badge(alert.kind()), new Span(alert.description()));
        line.addClassName("alert-line");
        if (!alert.seen()) {
            Button button = new Button(getTranslation("coach.alerts.seen"), e -> {
                clients.acknowledge(client.memberId(), alert.kind());
                client = clients.client(client.memberId());
                render();
            });
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setId("seen-" + alert.kind().name().toLowerCase(java.util.Locale.ROOT));
            line.add(button);
        } else {
            Optional<AlertAcknowledgement> last = seen.stream().filter(a -> a.kind() == alert.kind()).findFirst();
            last.ifPresent(a -> {
                Span note = new Span(getTranslation(a.byYou() ? "coach.alerts.seen-by-you" : "coach.alerts.seen-by-other",
                        Dates.moment(a.acknowledgedAt(), zone)));
                note.addClassName("seen-note");
                line.add(note);
            });
        }
        return line;
    }
}
