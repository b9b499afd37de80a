package org.upright.portal.content.program.ui;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.upright.kernel.Role;
import org.upright.portal.content.ContentViewTest;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramPagesTest extends ContentViewTest {

    @BeforeEach
    void signInAsMember() {
        signInAs(Role.MEMBER);
    }

    @Test
    void catalogueListsTheStarterPrograms() {
        navigate("programs", ProgramCatalogueView.class);
        assertThat($(Div.class).id("program-cards").getElement().getTextRecursively())
                .contains("Mid-back reset", "4 weeks", "2 weeks");
    }

    @Test
    void programPageShowsEveryWeekWithItsDays() {
        navigate("programs/mid-back-reset", ProgramPageView.class);
        Div schedule = $(Div.class).id("program-schedule");
        assertThat(schedule.getChildren().count()).isEqualTo(4);
        String text = schedule.getElement().getTextRecursively();
        assertThat(text).contains("Week 1", "Week 4", "Day 1", "Day 28", "Wall press");
    }
}
