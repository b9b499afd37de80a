package org.upright.portal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;

/**
 * New recovery codes with what they are for, shown once: after setting up two-step sign-in (at
 * sign-in or on the profile page) and after making new ones.
 */
public final class RecoveryCodeList extends Div {

    public RecoveryCodeList(List<String> codes) {
        addClassName("recovery-codes");
        Paragraph intro = new Paragraph(getTranslation("base.recovery-codes.text"));
        OrderedList list = new OrderedList();
        list.setId("recovery-code-list");
        list.addClassName("recovery-code-list");
        codes.forEach(code -> list.add(new ListItem(code)));
        add(new H2(getTranslation("base.recovery-codes.title")), intro, list);
    }
}
