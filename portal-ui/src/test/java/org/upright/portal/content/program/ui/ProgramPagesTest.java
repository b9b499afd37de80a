package org.upright.portal.content.program.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.portal.account.Role;
import org.upright.portal.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ProgramPagesTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void signInAsMember() {
        TestAccounts.signIn(accounts.create(Role.MEMBER));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
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
