package org.upright.portal.content.routine.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.content.routine.RoutineCard;
import org.upright.content.routine.RoutineService;
import org.upright.content.routine.RoutineTiming;
import org.upright.kernel.BodyArea;
import org.upright.portal.base.ui.Links;

import java.util.List;
import java.util.stream.Collectors;

/** The published routines, optionally only those for one body area. */
@Route("routines")
@Menu(title = "content.nav.routines", order = 20, icon = "vaadin:timer")
@RolesAllowed({"MEMBER", "COACH"})
@StyleSheet("context://upright/content.css")
class RoutineCatalogueView extends Main implements HasDynamicTitle {

    private final RoutineService routines;
    private final Select<BodyArea> area = new Select<>();
    private final Div cards = new Div();
    private final Paragraph note = new Paragraph();

    RoutineCatalogueView(RoutineService routines) {
        this.routines = routines;
        addClassNames("page", "catalogue");
        area.setId("area");
        area.setLabel(getTranslation("content.routines.area"));
        area.setItems(BodyArea.values());
        area.setItemLabelGenerator(a -> a == null ? getTranslation("content.routines.all-areas") : a.label());
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("content.routines.all-areas"));
        area.addValueChangeListener(e -> refresh());
        cards.setId("routine-cards");
        cards.addClassName("card-list");
        note.getElement().setAttribute("aria-live", "polite");
        note.addClassName("result-note");
        add(area, note, cards);
        refresh();
    }

    private void refresh() {
        List<RoutineCard> found = routines.listPublished(area.getValue());
        cards.removeAll();
        found.forEach(r -> cards.add(card(r)));
        note.setText(found.isEmpty() ? getTranslation("content.routines.empty")
                : getTranslation("content.routines.count", found.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.nav.routines");
    }

    private static Div card(RoutineCard r) {
        Span time = new Span(RoutineTiming.duration(r.totalSeconds()));
        time.addClassName("chip");
        Span meta = new Span(r.difficulty().label() + " · " + r.equipment().label() + " · "
                + r.areas().stream().map(BodyArea::label).collect(Collectors.joining(", ")));
        meta.addClassName("meta");
        Div card = new Div(time, new H3(Links.to("routines/" + r.slug(), r.title())), new Paragraph(r.summary()), meta);
        card.addClassNames("card", "routine-card");
        org.upright.portal.content.ui.ContentLanguageMark.mark(
                r.language(), card.getComponentAt(1), card.getComponentAt(2));
        return card;
    }
}
