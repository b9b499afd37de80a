package org.upright.portal.content.article.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.content.article.ArticleService;
import org.upright.content.article.PublishedArticle;
import org.upright.content.routine.RoutineRef;
import org.upright.content.routine.RoutineService;
import org.upright.content.routine.RoutineTiming;
import org.upright.kernel.text.Dates;
import org.upright.portal.base.ui.Links;
import org.upright.portal.content.ui.SafeHtml;

import java.time.ZoneOffset;
import java.util.List;

/** One published article, rendered from Markdown (sanitized), with the routines that go with it. */
@Route("library/:slug")
@RolesAllowed({"MEMBER", "COACH"})
@StyleSheet("context://upright/content.css")
class ArticleReaderView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    private final RoutineService routines;
    private String title = getTranslation("content.reader.title");

    ArticleReaderView(ArticleService articles, RoutineService routines) {
        this.articles = articles;
        this.routines = routines;
        addClassNames("page", "reader");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = event.getRouteParameters().get("slug").orElse("");
        articles.findPublishedBySlug(slug).ifPresentOrElse(this::show, () -> {
            title = getTranslation("content.reader.not-found");
            add(Links.back("library", getTranslation("content.reader.back")), new H2(title),
                    new Paragraph(getTranslation("content.reader.not-found.text")));
        });
    }

    private void show(PublishedArticle a) {
        title = a.title();
        Span meta = new Span(a.category().label() + " · " + a.author() + " · " + Dates.day(a.publishedAt(), ZoneOffset.UTC));
        meta.addClassName("meta");
        Paragraph lead = new Paragraph(a.summary());
        lead.addClassName("lead");
        SafeHtml body = SafeHtml.ofSanitized(a.html());
        body.setId("article-body");
        H2 heading = new H2(a.title());
        heading.setId("article-title");
        add(Links.back("library", getTranslation("content.reader.back")), heading, meta, lead, body);
        org.upright.portal.content.ui.ContentLanguageMark.mark(
                a.language(), heading, lead, body);

        List<RoutineRef> related = routines.findPublishedRelatedToArticle(a.id());
        if (!related.isEmpty()) {
            UnorderedList list = new UnorderedList();
            related.forEach(r -> list.add(new ListItem(Links.to("routines/" + r.slug(), r.title()),
                    new Span(" · " + RoutineTiming.duration(r.totalSeconds())))));
            Div box = new Div(new H3(getTranslation("content.reader.routines")), list);
            box.addClassNames("card", "related");
            box.setId("related-routines");
            add(box);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
