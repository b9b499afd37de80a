package org.upright.portal.coach.ui;

import com.vaadin.flow.component.html.Span;
import org.upright.portal.base.ui.Texts;
import org.upright.tracker.cohort.ClientProgressRow;
import org.upright.portal.base.ui.Texts;
import org.upright.tracker.alert.AlertKind;

import java.util.Locale;

/** Small labels for a client's open alerts, coloured by kind. */
final class AlertBadges {

    private AlertBadges() {
    }

    static Span of(ClientProgressRow row) {
        Span badges = new Span();
        badges.addClassName("alert-badges");
        if (row.openAlerts().isEmpty()) {
            badges.setText(Texts.text("coach.alerts.none"));
            return badges;
        }
        row.openAlerts().forEach(kind -> badges.add(badge(kind)));
        return badges;
    }

    static Span badge(AlertKind kind) {
        Span badge = new Span(ClientWording.alert(kind));
        badge.addClassNames("alert-badge", "alert-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }
}
