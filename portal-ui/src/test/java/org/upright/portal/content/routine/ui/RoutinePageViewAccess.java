package org.upright.portal.content.routine.ui;

import com.vaadin.flow.component.Component;

/** The package-private routine page's class, for navigation checks in other packages' tests. */
public final class RoutinePageViewAccess {

    private RoutinePageViewAccess() {
    }

    public static Class<? extends Component> type() {
        return RoutinePageView.class;
    }
}
