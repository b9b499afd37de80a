package org.upright.portal.account.ui;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import com.vaadin.flow.component.combobox.ComboBox;
import org.upright.accounts.AccountAdminService;
import org.upright.accounts.CoachOption;

import java.util.List;

/** A combo box of the enabled coaches, each with their number of clients. */
final class CoachPicker {

    private CoachPicker() {
    }

    static ComboBox<CoachOption> create(String label, List<CoachOption> coaches) {
        ComboBox<CoachOption> picker = new ComboBox<>(label);
        picker.setItems(coaches);
        picker.setItemLabelGenerator(c -> picker.getTranslation("account.coach-picker.item", c.displayName(), c.username(),
                c.clientCount()));
        picker.setClearButtonVisible(true);
        picker.setWidthFull();
        return picker;
    }

    static ComboBox<CoachOption> create(String label, AccountAdminService admin) {
        return create(label, admin.coaches());
    }

    /** Selects the coach with this id, or nothing. */
    static void select(ComboBox<CoachOption> picker, List<CoachOption> coaches, Long coachId) {
        picker.setValue(coaches.stream().filter(c -> coachId != null && c.id() == coachId).findFirst().orElse(null));
    }
}
