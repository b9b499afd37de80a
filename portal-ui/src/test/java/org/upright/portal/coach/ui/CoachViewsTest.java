package org.upright.portal.coach.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.content.program.ProgramSummary;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.tracker.cohort.ClientProgressRow;
import org.upright.tracker.cohort.TriageAlert;
import org.upright.tracker.coaching.ConversationMessage;
import org.upright.tracker.coaching.ConversationService;
import org.upright.portal.base.ui.AccessDeniedView;
import org.upright.portal.testing.TestAccounts;
import org.upright.portal.testing.TrackerData;
import org.upright.tracker.enrollment.EnrollmentService;

import org.upright.content.routine.PublishedRoutine;
import org.upright.content.routine.RoutineService;
import org.upright.portal.timer.SessionRecorder;
import org.upright.tracker.progress.SessionHistoryRow;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class CoachViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TrackerData data;
    @Autowired
    ConversationService conversations;
    @Autowired
    EnrollmentService enrollments;

    AccountProfile coach;
    AccountProfile calm;
    AccountProfile hurting;

    @BeforeEach
    void coachWithTwoClients() {
        coach = accounts.create(Role.COACH);
        calm = accounts.create(Role.MEMBER, coach.id());
        hurting = accounts.create(Role.MEMBER, coach.id());
        data.ratings(calm.id(), 0, 3, 3, 2, 3);
        data.ratings(hurting.id(), 0, 5, 8, 9, 8);
        TestAccounts.signIn(coach);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @SuppressWarnings("unchecked")
    private Grid<ClientProgressRow> clientGrid() {
        return $(Grid.class).id("clients");
    }

    private List<Long> shownClients() {
        var grid = test(clientGrid());
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).memberId()).toList();
    }

    @Test
    void theClientListShowsOwnClientsWithTheirNumbersAndFilters() {
        navigate("coach", ClientsView.class);
        assertThat(shownClients()).containsExactlyInAnyOrder(calm.id(), hurting.id());
        var grid = test(clientGrid());
        int hurtingRow = shownClients().indexOf(hurting.id());
        assertThat(grid.getCellText(hurtingRow, grid.getColumnPosition("lastRating"))).isEqualTo("8 / 10");
        assertThat(grid.getCellText(hurtingRow, grid.getColumnPosition("rated"))).isEqualTo("today");
        assertThat(grid.isColumnSortable("lastRating")).isTrue();
        assertThat(grid.isColumnSortable("rated")).isTrue();
        assertThat(grid.getCellText(hurtingRow, grid.getColumnPosition("program"))).isEqualTo("No program");
        assertThat(grid.isColumnSortable("adherence7")).isTrue();
        assertThat(grid.isColumnSortable("alerts")).isTrue();

        test($(Checkbox.class).id("needs-attention")).click();
        assertThat(shownClients()).containsExactly(hurting.id());
        test($(Checkbox.class).id("needs-attention")).click();
        test($(TextField.class).id("client-search")).setValue(calm.username());
        assertThat(shownClients()).containsExactly(calm.id());
        assertThat($(com.vaadin.flow.component.html.Span.class).id("client-count").getText()).isEqualTo("1 client");
        assertThat(clientGrid().getColumnByKey("adherence7").getHeaderText()).isEqualTo("Adherence, 7 days");
        assertThat(clientGrid().getColumnByKey("adherence28").getHeaderText()).isEqualTo("Adherence, 28 days");

        test($(TextField.class).id("client-search")).setValue("no-such-client-anywhere");
        assertThat(shownClients()).isEmpty();
        assertThat(clientGrid().getEmptyStateText()).isEqualTo("No client matches this search or filter.");
        test($(TextField.class).id("client-search")).setValue("");
        assertThat(clientGrid().getEmptyStateText()).contains("once an administrator assigns them");
    }

    @Test
    void triageListsTheOpenAlertAndSeenRemovesIt() {
        navigate("coach/triage", TriageView.class);
        @SuppressWarnings("unchecked")
        Grid<TriageAlert> grid = $(Grid.class).id("triage-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).memberId()).isEqualTo(hurting.id());
        assertThat($(Paragraph.class).id("triage-summary").getText()).startsWith("1 open alert");
        test((Button) test(grid).getCellComponent(0, "seen")).click();
        assertThat(test(grid).size()).isZero();
        assertThat($(Paragraph.class).id("triage-summary").getText()).isEqualTo("No open alerts.");
    }

    @Test
    void theClientPageAssignsAProgramSendsAMessageAndKeepsANote() {
        navigate("coach/clients/" + hurting.id(), ClientDetailView.class);
        assertThat($(Div.class).id("client-alerts").getElement().getTextRecursively()).contains("3 rated days in a row at 7 or higher");

        @SuppressWarnings("unchecked")
        Select<ProgramSummary> program = $(Select.class).id("assign-program");
        ProgramSummary first = program.getListDataView().getItems().findFirst().orElseThrow();
        program.setValue(first);
        assertThat($(DatePicker.class).id("assign-start").getValue()).isEqualTo(data.today(hurting.id()));
        test($(Button.class).id("assign-button")).click();
        assertThat(enrollments.current(hurting.id())).hasValueSatisfying(e -> assertThat(e.programId()).isEqualTo(first.id()));
        assertThat($(Paragraph.class).id("current-program").getText()).startsWith(first.title());

        test($(TextArea.class).id("message-body")).setValue("   ");
        test($(Button.class).id("send-message")).click();
        assertThat($(TextArea.class).id("message-body").getErrorMessage()).isEqualTo("Write a message");
        test($(TextArea.class).id("message-body")).setValue("Rest the back today; gentle chest stretch only.");
        test($(Button.class).id("send-message")).click();
        assertThat($(TextArea.class).id("message-body").getValue()).isEmpty();
        assertThat($(Div.class).id("message-thread").getElement().getTextRecursively())
                .contains("You · ", "Rest the back today", "Not read yet");

        test($(TextArea.class).id("note-body")).setValue("Flare-up after moving house.");
        test($(Button.class).id("add-note")).click();
        assertThat($(Div.class).id("note-list").getElement().getTextRecursively()).contains("Flare-up after moving house.");

        TestAccounts.signIn(hurting);
        assertThat(conversations.myThread().messages()).extracting(ConversationMessage::body)
                .containsExactly("Rest the back today; gentle chest stretch only.");
        assertThat(conversations.myUnreadCount()).isEqualTo(1);
    }

    @Test
    void theClientsRepliesShowAsNewInTheListUntilTheCoachOpensTheirPage() {
        conversations.send(hurting.id(), "How is the back after the move?");
        TestAccounts.signIn(hurting);
        conversations.reply("Sore, but the chest stretch helps.");
        conversations.reply("Can I skip core work this week?");
        TestAccounts.signIn(coach);

        navigate("coach", ClientsView.class);
        var grid = test(clientGrid());
        int hurtingRow = shownClients().indexOf(hurting.id());
        int calmRow = shownClients().indexOf(calm.id());
        assertThat(grid.getCellComponent(hurtingRow, "name").getElement().getTextRecursively())
                .contains(hurting.displayName(), "2 new messages");
        assertThat(grid.getCellComponent(calmRow, "name").getElement().getTextRecursively()).doesNotContain("new message");

        navigate("coach/clients/" + hurting.id(), ClientDetailView.class);
        String thread = $(Div.class).id("message-thread").getElement().getTextRecursively();
        assertThat(thread).containsSubsequence("How is the back after the move?", "Sore, but the chest stretch helps.",
                "Can I skip core work this week?");
        assertThat(thread).contains("New");
        assertThat(conversations.unreadByClient()).doesNotContainKey(hurting.id());

        navigate("coach/clients/" + hurting.id(), ClientDetailView.class);
        assertThat($(Div.class).id("message-thread").getElement().getTextRecursively())
                .as("read messages stay, without the New mark").contains("Can I skip core work this week?").doesNotContain("New");
    }

    @Test
    void theClientsSessionsSayWhyTheyStoppedHowManyStepsWereEasierAndFlagPainThatRose(@Autowired SessionRecorder recorder,
                                                                  @Autowired RoutineService routines) {
        PublishedRoutine core = routines.findPublishedBySlug("core-basics").orElseThrow();
        Instant finished = Instant.now().minusSeconds(60);
        TestAccounts.signIn(accounts.screened(calm));
        assertThat(recorder.record("""
                {"clientSessionId":"%s","routineId":%d,"routineVersion":%d,"startedAt":%d,"finishedAt":%d,
                 "stepsCompleted":1,"stepsTotal":%d,"durationSeconds":90,"painBefore":3,"painAfter":6,"partial":true,
                 "stopReason":"PAIN","stopNote":" sharp in the low back ","stepEasier":[true,false,true]}"""
                .formatted(UUID.randomUUID(), core.id(), core.version(), finished.minusSeconds(90).toEpochMilli(),
                        finished.toEpochMilli(), core.steps().size()))
                .saved()).isTrue();

        TestAccounts.signIn(coach);
        navigate("coach/clients/" + calm.id(), ClientDetailView.class);
        @SuppressWarnings("unchecked")
        Grid<SessionHistoryRow> sessions = $(Grid.class).id("client-sessions");
        var grid = test(sessions);
        assertThat(grid.size()).isEqualTo(1);
        String row = IntStream.range(0, sessions.getColumns().size()).mapToObj(c -> grid.getCellText(0, c))
                .collect(Collectors.joining(" | "));
        assertThat(row).contains("3 → 6 (rose)", "Pain: sharp in the low back", "2 of 3 steps easier");
        assertThat($(Div.class).id("client-alerts").getElement().getTextRecursively())
                .contains("Pain rose from 3 to 6 during a session");
    }

    @Test
    void replacingAProgramAsksFirstAndTheChartSpeaksOfTheClient() {
        navigate("coach/clients/" + hurting.id(), ClientDetailView.class);
        @SuppressWarnings("unchecked")
        Select<ProgramSummary> program = $(Select.class).id("assign-program");
        program.setValue(program.getListDataView().getItems().findFirst().orElseThrow());
        test($(Button.class).id("assign-button")).click(); // no program yet: assigned at once
        assertThat($(ConfirmDialog.class).all()).isEmpty();
        assertThat($(Div.class).id("pain-chart").getElement().getTextRecursively())
                .contains("around their starting level").doesNotContain("your starting level");

        // a second assignment replaces the running program: only after the coach confirms
        long enrollmentBefore = enrollments.current(hurting.id()).orElseThrow().id();
        test($(Button.class).id("assign-button")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("replace-program-confirm");
        assertThat(confirm.isOpened()).isTrue();
        test(confirm).cancel();
        assertThat(enrollments.current(hurting.id()).orElseThrow().id()).isEqualTo(enrollmentBefore);
        test($(Button.class).id("assign-button")).click();
        test($(ConfirmDialog.class).id("replace-program-confirm")).confirm();
        assertThat(enrollments.current(hurting.id()).orElseThrow().id()).isNotEqualTo(enrollmentBefore);
    }

    @Test
    void anotherCoachsClientGetsTheAccessDeniedPage() {
        AccountProfile stranger = accounts.create(Role.MEMBER, accounts.create(Role.COACH).id());
        navigate("coach/clients/" + stranger.id(), AccessDeniedView.class);
    }
}
