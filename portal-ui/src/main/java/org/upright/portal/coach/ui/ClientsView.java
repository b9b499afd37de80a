package org.upright.portal.coach.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import org.upright.portal.base.ui.Texts;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.upright.accounts.InvitationService;
import org.upright.portal.base.ui.InviteDialog;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.upright.tracker.cohort.ClientFilter;
import org.upright.tracker.cohort.ClientProgressRow;
import org.upright.tracker.cohort.CoachClientsService;
import org.upright.tracker.coaching.ConversationService;

import java.util.List;
import java.util.Map;

/** A coach's home: every assigned client with their progress, sorted, filtered and paged in the database. */
@Route("coach")
@Menu(title = "coach.clients.nav", order = 0, icon = "vaadin:users")
@RolesAllowed("COACH")
@StyleSheet("context://upright/coach.css")
public class ClientsView extends Main implements HasDynamicTitle {

    private final CoachClientsService clients;
    private final ConversationService conversations;
    /** Unread messages per client, read with each page of the grid. */
    private Map<Long, Integer> unread = Map.of();
    private final Grid<ClientProgressRow> grid = new Grid<>();
    private final Span total = new Span();
    private ClientFilter filter = ClientFilter.ALL;

    ClientsView(CoachClientsService clients, ConversationService conversations, InvitationService invitations) {
        this.clients = clients;
        this.conversations = conversations;
        addClassName("page");
        setId("coach-home");
        total.setId("client-count");
        total.addClassName("count-note");
        Button invite = new Button(getTranslation("coach.clients.invite"), VaadinIcon.ENVELOPE.create(),
                e -> new InviteDialog(invitations, (com.vaadin.flow.component.textfield.TextField) null, null,
                        invited -> grid.getDataProvider().refreshAll()).open());
        invite.setId("invite-client");
        add(filters(), invite, total, grid());
        updateTotal();
    }

    private Div filters() {
        TextField search = new TextField(getTranslation("coach.clients.search"));
        search.setPlaceholder(getTranslation("coach.clients.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setId("client-search");
        search.addValueChangeListener(e -> apply(filter.withText(e.getValue())));
        Checkbox attention = new Checkbox(getTranslation("coach.clients.attention"));
        attention.setId("needs-attention");
        attention.addValueChangeListener(e -> apply(filter.withNeedsAttention(e.getValue())));
        Div filters = new Div(search, attention);
        filters.addClassName("filters");
        return filters;
    }

    private Grid<ClientProgressRow> grid() {
        grid.setId("clients");
        Grid.Column<ClientProgressRow> name = grid.addComponentColumn(this::nameCell).setHeader(getTranslation("coach.clients.col.client"))
                .setSortProperty("name").setKey("name").setFlexGrow(2).setFrozen(true);
        grid.addColumn(ClientWording::program).setHeader(getTranslation("coach.clients.col.program")).setSortProperty("program").setKey("program")
                .setFlexGrow(2);
        // issue 12: the score and its day are two columns, each sorting by what it shows
        grid.addColumn(ClientWording::lastScore).setHeader(getTranslation("coach.clients.col.last-rating")).setSortProperty("lastRating")
                .setKey("lastRating").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(ClientWording::rated).setHeader(getTranslation("coach.clients.col.rated")).setSortProperty("rated").setKey("rated");
        grid.addComponentColumn(ClientsView::changeCell).setHeader(getTranslation("coach.clients.col.change")).setSortProperty("change")
                .setKey("change").setFlexGrow(2);
        grid.addColumn(r -> ClientWording.adherence(r.adherence7Percent(), r.done7(), r.planned7())).setHeader(getTranslation("coach.clients.col.adherence-7"))
                .setSortProperty("adherence7").setKey("adherence7").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(r -> ClientWording.adherence(r.adherence28Percent(), r.done28(), r.planned28()))
                .setHeader(getTranslation("coach.clients.col.adherence-28")).setSortProperty("adherence28").setKey("adherence28")
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(r -> ClientWording.relativeDay(r.lastActive(), r.today())).setHeader(getTranslation("coach.clients.col.last-active"))
                .setSortProperty("lastActive").setKey("lastActive");
        grid.addComponentColumn(AlertBadges::of).setHeader(getTranslation("coach.clients.col.alerts")).setSortProperty("alerts").setKey("alerts")
                .setFlexGrow(2);
        // long program titles and changes wrap instead of being cut off
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(true);
        grid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
        grid.setItems(query -> {
                    unread = conversations.unreadByClient();
                    return clients.clients(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream();
                },
                query -> (int) clients.countClients(filter));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class, e.getItem().memberId())));
        grid.setEmptyStateText(emptyText(filter));
        return grid;
    }

    /** The client's name, and under it how many of their messages the coach has not read. */
    private Div nameCell(ClientProgressRow row) {
        RouterLink link = new RouterLink(row.displayName(), ClientDetailView.class, row.memberId());
        link.addClassName("client-name");
        Div cell = new Div(link);
        int count = unread.getOrDefault(row.memberId(), 0);
        if (count > 0) {
            Span messages = new Span(getTranslation("base.menu.unread", count));
            messages.addClassName("client-unread");
            messages.setId("client-unread-" + row.memberId());
            cell.add(messages);
        }
        return cell;
    }

    private static Span changeCell(ClientProgressRow row) {
        Span change = new Span(ClientWording.change(row));
        if (row.change() != null) {
            change.addClassName("change-" + row.change().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return change;
    }

    private void apply(ClientFilter next) {
        filter = next;
        grid.setEmptyStateText(emptyText(filter));
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    /** With a search or the attention filter on, an empty list means the filter, not a missing assignment. */
    static String emptyText(ClientFilter filter) {
        boolean filtered = filter.needsAttention() || (filter.text() != null && !filter.text().isBlank());
        return Texts.text(filtered ? "coach.clients.empty.filtered" : "coach.clients.empty");
    }

    private void updateTotal() {
        long count = clients.countClients(filter);
        total.setText(getTranslation("coach.clients.count", count));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coach.clients.title");
    }
}
