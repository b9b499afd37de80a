package org.upright.portal.content.program.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.content.program.ProgramService;
import org.upright.content.program.ProgramSummary;
import org.upright.portal.base.ui.Links;

import java.util.List;

/** The published programs. */
@Route("programs")
@Menu(title = "content.nav.programs", order = 30, icon = "vaadin:calendar")
@RolesAllowed({"MEMBER", "COACH"})
@StyleSheet("context://upright/content.css")
class ProgramCatalogueView extends Main implements HasDynamicTitle {

    ProgramCatalogueView(ProgramService programs) {
        addClassNames("page", "catalogue");
        Div cards = new Div();
        cards.setId("program-cards");
        cards.addClassName("card-list");
        List<ProgramSummary> all = programs.listPublished();
        all.forEach(p -> cards.add(card(p)));
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("content.programs.empty")));
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.nav.programs");
    }

    private Div card(ProgramSummary p) {
        Span length = new Span(getTranslation("content.programs.weeks", p.weeks()));
        length.addClassName("chip");
        Span meta = new Span(getTranslation("content.programs.meta", p.activeDays(), p.distinctRoutines()));
        meta.addClassName("meta");
        Div card = new Div(length, new H3(Links.to("programs/" + p.slug(), p.title())), new Paragraph(p.description()), meta);
        card.addClassNames("card", "program-card");
        org.upright.portal.content.ui.ContentLanguageMark.mark(
                p.language(), card.getComponentAt(1), card.getComponentAt(2));
        return card;
    }
}
