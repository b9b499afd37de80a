package org.upright.portal.coach.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.accounts.AccountService;
import org.upright.portal.coach.ClientProgramService;
import org.upright.tracker.cohort.ClientProgressRow;
import org.upright.tracker.screening.ScreeningService;
import org.upright.tracker.cohort.CoachClientsService;
import org.upright.tracker.coaching.CoachNoteService;
import org.upright.tracker.coaching.ConversationService;
import org.upright.tracker.export.MemberExportService;
import org.upright.tracker.progress.MemberProgressService;
import org.upright.portal.base.ui.ExportLinks;

import java.time.ZoneId;

/**
 * One client for their coach: the progress numbers and chart the member sees, ratings with notes,
 * sessions with pain before and after, the program (and assigning another), the conversation
 * with the member, private notes and the exports. Another coach's client gets the access-denied page.
 */
@Route("coach/clients")
@RolesAllowed("COACH")
@StyleSheet("context://upright/coach.css")
class ClientDetailView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CoachClientsService clients;
    private final MemberProgressService progress;
    private final MemberExportService exports;
    private final ClientProgramService programs;
    private final ConversationService conversations;
    private final CoachNoteService notes;
    private final ZoneId zone;
    private final ScreeningService screening;
    private String title = getTranslation("coach.client.title");
    private long memberId;

    ClientDetailView(CoachClientsService clients, MemberProgressService progress, MemberExportService exports,
                     ClientProgramService programs, ConversationService conversations, CoachNoteService notes,
                     AccountService accounts, ScreeningService screening) {
        this.screening = screening;
        this.zone = accounts.requireCurrentProfile().zone();
        this.clients = clients;
        this.progress = progress;
        this.exports = exports;
        this.programs = programs;
        this.conversations = conversations;
        this.notes = notes;
        addClassName("page");
        setId("client-detail");
    }

    @Override
    public void setParameter(BeforeEvent event, Long memberId) {
        this.memberId = memberId;
        try {
            render();
        } catch (org.springframework.security.access.AccessDeniedException notYours) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    /** Draws the whole page from fresh data (again after an assignment changes the numbers). */
    private void render() {
        ClientProgressRow client = clients.client(memberId);
        title = client.displayName();
        removeAll();
        Paragraph who = new Paragraph(client.username() + " · " + ClientWording.program(client));
        who.setId("client-who");
        add(new H2(client.displayName()), who,
                new ClientAlertsPanel(clients, progress, client, zone),
                new ScreeningPanel(screening, memberId, zone),
                new ClientProgressPanel(progress, client),
                new ProgramPanel(programs, memberId, client.today(), this::render),
                new ConversationPanel(conversations, memberId, zone),
                new NotesPanel(notes, memberId, zone),
                new ClientHistoryPanel(progress, memberId),
                new ExportLinks(exports, memberId, getTranslation("coach.client.downloads")));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
