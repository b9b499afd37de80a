package org.upright.portal.account.ui;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import org.upright.accounts.AccountAdminService;
import org.upright.accounts.AccountRow;
import org.upright.accounts.CoachOption;
import org.upright.kernel.Role;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.base.ui.FieldMessages;

import java.util.List;

/** Gives every selected member the same coach; selected coaches and admins are left out. */
class BulkCoachDialog extends Dialog {

    BulkCoachDialog(AccountAdminService admin, List<AccountRow> selected, Runnable onDone) {
        setHeaderTitle(getTranslation("account.bulk-coach.title"));
        setId("bulk-coach-dialog");
        setWidth("min(32rem, 100vw)");
        List<Long> memberIds = selected.stream().filter(r -> r.role() == Role.MEMBER).map(AccountRow::id).toList();
        int skipped = selected.size() - memberIds.size();
        Paragraph what = new Paragraph(skipped == 0 ? getTranslation("account.bulk-coach.selected", memberIds.size())
                : getTranslation("account.bulk-coach.selected-some-left-out", memberIds.size(), skipped));
        what.setId("bulk-summary");
        ComboBox<CoachOption> coach = CoachPicker.create(getTranslation("account.coach"), admin);
        coach.setId("bulk-coach");
        coach.setRequiredIndicatorVisible(true);
        FieldMessages messages = new FieldMessages().bind("coachId", coach);
        add(what, coach);

        Button assign = new Button(getTranslation("account.bulk-coach.assign"), e -> {
            if (coach.getValue() == null) {
                messages.show(InvalidInputException.of("coachId", getTranslation("account.bulk-coach.choose")));
                return;
            }
            try {
                int changed = admin.assignCoachToAll(memberIds, coach.getValue().id());
                close();
                onDone.run();
                Notification.show(getTranslation("account.bulk-coach.done", changed, coach.getValue().displayName()));
            } catch (InvalidInputException problems) {
                messages.show(problems);
            }
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setId("bulk-assign");
        assign.setEnabled(!memberIds.isEmpty());
        getFooter().add(new Button(getTranslation("account.cancel"), e -> close()), assign);
    }
}
