package org.upright.portal.content.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.content.program.ProgramDetails;
import org.upright.content.program.ProgramService;
import org.upright.content.routine.RoutineRow;
import org.upright.content.shared.ContentStatus;
import org.upright.content.shared.Slugs;
import org.upright.kernel.Role;
import org.upright.portal.content.ContentViewTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramEditorViewTest extends ContentViewTest {

    @Autowired
    ProgramService programs;

    @BeforeEach
    void signInAsAdmin() {
        signInAs(Role.ADMIN);
    }

    @Test
    void anEmptyScheduleIsRefusedNextToTheSchedule() {
        navigate("admin/programs/new", ProgramEditorView.class);
        String title = "Desk week " + UUID.randomUUID().toString().substring(0, 6);
        fillHeader(title, 1);
        test($(Button.class).id("save")).click();
        ScheduleEditor schedule = $(ScheduleEditor.class).single();
        assertThat(schedule.isInvalid()).isTrue();
        assertThat(schedule.getErrorMessage()).isEqualTo("Schedule: a program needs at least one routine");
        assertThat($(TextField.class).id("title").getValue()).isEqualTo(title);
        assertThat(programs.findForEditingBySlug(Slugs.fromTitle(title))).isEmpty();
    }

    @Test
    void schedulesRoutinesOnDaysAndPublishes() {
        navigate("admin/programs/new", ProgramEditorView.class);
        String title = "Desk week " + UUID.randomUUID().toString().substring(0, 6);
        fillHeader(title, 1);
        schedule(1, "Wall press");
        schedule(1, "Doorway chest stretch");
        schedule(3, "Wall press");
        assertThat($(com.vaadin.flow.component.html.Div.class).id("day-1").getElement().getTextRecursively())
                .contains("Wall press", "Doorway chest stretch");

        test($(Button.class).id("publish")).click();
        ProgramDetails saved = programs.findForEditingBySlug(Slugs.fromTitle(title)).orElseThrow();
        assertThat(saved.status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(saved.schedule()).extracting(e -> e.day()).containsExactly(1, 1, 3);
        assertThat(programs.findPublished(saved.id()).orElseThrow().routinesOn(1)).extracting(r -> r.slug())
                .containsExactly("wall-press", "doorway-chest-stretch");
    }

    @Test
    void aDayAfterTheProgramEndsIsReportedOnTheSchedule() {
        navigate("admin/programs/new", ProgramEditorView.class);
        fillHeader("Too long " + UUID.randomUUID().toString().substring(0, 6), 1);
        schedule(9, "Wall press");
        test($(Button.class).id("save")).click();
        assertThat($(ScheduleEditor.class).single().getErrorMessage()).contains("day 9 is after the last day");
    }

    private void fillHeader(String title, int weeks) {
        $(TextField.class).id("title").setValue(title);
        $(TextArea.class).id("description").setValue("A week of short breaks at the desk.");
        $(IntegerField.class).id("weeks").setValue(weeks);
    }

    @SuppressWarnings("unchecked")
    private void schedule(int day, String routineTitle) {
        $(IntegerField.class).id("schedule-day").setValue(day);
        test((ComboBox<RoutineRow>) $(ComboBox.class).id("schedule-routine")).selectItem(routineTitle);
        test($(Button.class).id("schedule-add")).click();
    }
}
