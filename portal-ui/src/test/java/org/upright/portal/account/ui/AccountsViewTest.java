package org.upright.portal.account.ui;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.AccountRow;
import org.upright.accounts.AccountService;
import org.upright.accounts.PasswordLinkService;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountService accountService;
    @Autowired
    PasswordLinkService links;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void signInAsAdmin() {
        TestAccounts.signIn(accounts.create(Role.ADMIN));
        navigate(AccountsView.class);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @SuppressWarnings("unchecked")
    private Grid<AccountRow> grid() {
        return $(Grid.class).id("account-grid");
    }

    private List<String> usernamesShown() {
        var grid = test(grid());
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).username()).toList();
    }

    private void openManageDialogOfFirstRow() {
        test((Button) test(grid()).getCellComponent(0, "manage")).click();
    }

    private void search(String text) {
        test($(TextField.class).id("account-search")).setValue(text);
    }

    @Test
    void searchAndRoleFilterNarrowTheList() {
        AccountProfile coach = accounts.create(Role.COACH);
        AccountProfile member = accounts.create(Role.MEMBER, coach.id());
        search(member.username());
        assertThat(usernamesShown()).containsExactly(member.username());

        search("Tester");
        test($(Select.class).id("role-filter")).selectItem("Coach");
        assertThat(usernamesShown()).contains(coach.username()).doesNotContain(member.username());
        assertThat(test(grid()).isColumnSortable("coachName")).isTrue();
    }

    @Test
    void badInputStaysInTheFormWithMessagesNextToTheFields() {
        test($(Button.class).id("new-account")).click();
        test($(TextField.class).id("new-username")).setValue("no spaces please");
        test($(TextField.class).id("new-display-name")).setValue("Noah Spacey");
        test($(RadioButtonGroup.class).id("new-password-method")).selectItem("Set a password now");
        test($(PasswordField.class).id("new-password")).setValue("password1234");
        test($(Button.class).id("create-account")).click();

        TextField username = $(TextField.class).id("new-username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("Use only letters, digits, dots, dashes and underscores");
        assertThat(username.getValue()).isEqualTo("no spaces please");
        PasswordField password = $(PasswordField.class).id("new-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("well-known");
        assertThat($(TextField.class).id("new-display-name").getValue()).isEqualTo("Noah Spacey");
        assertThat(accountService.findByUsername("no spaces please")).isEmpty();
    }

    @Test
    void creatingWithALinkShowsTheLinkOnceAndTheAccountInTheList() {
        AccountProfile coach = accounts.create(Role.COACH);
        String username = "newbie-" + System.nanoTime();
        test($(Button.class).id("new-account")).click();
        test($(TextField.class).id("new-username")).setValue(username);
        test($(TextField.class).id("new-display-name")).setValue("Nina Newbie");
        @SuppressWarnings("unchecked")
        ComboBox<org.upright.accounts.CoachOption> coachPicker = $(ComboBox.class).id("new-coach");
        test(coachPicker).selectItem(coachPicker.getItemLabelGenerator().apply(
                coachPicker.getListDataView().getItems().filter(c -> c.id() == coach.id()).findFirst().orElseThrow()));
        test($(Button.class).id("create-account")).click();

        String link = $(TextField.class).id("password-link").getValue();
        assertThat(link).contains("/set-password/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(links.find(token)).hasValueSatisfying(t -> assertThat(t.username()).isEqualTo(username));
        assertThat(accountService.findByUsername(username)).hasValueSatisfying(p -> assertThat(p.coachId()).isEqualTo(coach.id()));

        search(username);
        assertThat(usernamesShown()).containsExactly(username);
    }

    @Test
    void manageDisablesAfterConfirmingAndChangesTheCoach() {
        AccountProfile coach = accounts.create(Role.COACH);
        AccountProfile member = accounts.create(Role.MEMBER);
        search(member.username());
        openManageDialogOfFirstRow();

        test($(Button.class).id("toggle-enabled")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat($(Paragraph.class).id("account-summary").getText()).endsWith("disabled");
        assertThat(test(grid()).getRow(0).enabled()).isFalse();

        @SuppressWarnings("unchecked")
        ComboBox<org.upright.accounts.CoachOption> coachPicker = $(ComboBox.class).id("coach-select");
        coachPicker.setValue(coachPicker.getListDataView().getItems().filter(c -> c.id() == coach.id()).findFirst().orElseThrow());
        test($(Button.class).id("save-coach")).click();
        assertThat(accountService.findByUsername(member.username()))
                .hasValueSatisfying(p -> assertThat(p.coachName()).isEqualTo(coach.displayName()));
    }

    @Test
    void aWeakResetPasswordIsRefusedNextToTheField() {
        AccountProfile member = accounts.create(Role.MEMBER);
        search(member.username());
        openManageDialogOfFirstRow();
        test($(PasswordField.class).id("reset-password")).setValue("short");
        test($(Button.class).id("set-password")).click();
        PasswordField field = $(PasswordField.class).id("reset-password");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("Use at least 12 characters");
        assertThat(field.getValue()).isEqualTo("short");
    }

    @Test
    void bulkAssignGivesSelectedMembersOneCoachAndLeavesOthersOut() {
        AccountProfile coach = accounts.create(Role.COACH);
        AccountProfile first = accounts.create(Role.MEMBER);
        AccountProfile second = accounts.create(Role.MEMBER);
        AccountProfile otherCoach = accounts.create(Role.COACH);
        // every account this test JVM made carries its process id
        search("-" + ProcessHandle.current().pid() + "-");
        Grid<AccountRow> grid = grid();
        for (int i = 0; i < test(grid).size(); i++) {
            long id = test(grid).getRow(i).id();
            if (id == first.id() || id == second.id() || id == otherCoach.id()) {
                grid.select(test(grid).getRow(i));
            }
        }
        test($(Button.class).id("bulk-assign-coach")).click();
        assertThat($(Paragraph.class).id("bulk-summary").getText())
                .isEqualTo("2 members selected; 1 selected account is not a member and will be left out.");
        @SuppressWarnings("unchecked")
        ComboBox<org.upright.accounts.CoachOption> coachPicker = $(ComboBox.class).id("bulk-coach");
        coachPicker.setValue(coachPicker.getListDataView().getItems().filter(c -> c.id() == coach.id()).findFirst().orElseThrow());
        test($(Button.class).id("bulk-assign")).click();

        assertThat(accountService.findByUsername(first.username())).hasValueSatisfying(p -> assertThat(p.coachId()).isEqualTo(coach.id()));
        assertThat(accountService.findByUsername(second.username())).hasValueSatisfying(p -> assertThat(p.coachId()).isEqualTo(coach.id()));
    }

    @Test
    void anAdminResetsTwoStepSignInOfACoachWhoLostTheirPhone() {
        AccountProfile coach = accounts.create(Role.COACH);
        accounts.withAuthenticator(coach);
        search(coach.username());
        openManageDialogOfFirstRow();
        assertThat($(Paragraph.class).id("second-factor-state").getText()).startsWith("On");

        test($(Button.class).id("reset-second-factor")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat($(Paragraph.class).id("second-factor-state").getText()).isEqualTo("Not set up.");
        assertThat($(Button.class).id("reset-second-factor").isEnabled()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SECOND_FACTOR_RESET' and target_id = ?")
                .param(coach.id()).query(Integer.class).single()).isEqualTo(1);
    }
}
