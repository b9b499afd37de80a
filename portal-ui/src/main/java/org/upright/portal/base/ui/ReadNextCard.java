package org.upright.portal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinService;
import org.upright.content.article.ArticleCard;
import org.upright.content.article.ArticleService;
import org.upright.portal.base.ui.Links;

/**
 * A card for the member's home page: the newest article in the library. Self-contained (it
 * fetches its own service) so the home page includes it with one line.
 */
public class ReadNextCard extends Div {

    public ReadNextCard() {
        this(VaadinService.getCurrent().getInstantiator().getOrCreate(ArticleService.class));
    }

    public ReadNextCard(ArticleService articles) {
        setId("read-next");
        addClassName("card");
        add(new H3(getTranslation("base.read-next.title")));
        articles.listPublished(null, 1).stream().findFirst().ifPresentOrElse(this::show,
                () -> add(new Paragraph(getTranslation("base.read-next.empty"))));
        add(new Paragraph(Links.to("library", getTranslation("base.read-next.browse"))));
    }

    private void show(ArticleCard newest) {
        add(new Paragraph(Links.to("library/" + newest.slug(), newest.title())), new Paragraph(newest.summary()));
    }
}
