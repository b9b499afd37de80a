package org.upright.portal.screening.ui;

import com.vaadin.flow.component.Component;

/** The package-private screening view's class, for navigation checks in other packages' tests. */
public final class ScreeningViewAccess {

    private ScreeningViewAccess() {
    }

    public static Class<? extends Component> type() {
        return ScreeningView.class;
    }
}
