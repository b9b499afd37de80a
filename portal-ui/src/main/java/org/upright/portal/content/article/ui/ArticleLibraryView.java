package org.upright.portal.content.article.ui;

import org.upright.kernel.text.PlainText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.content.article.ArticleCard;
import org.upright.content.article.ArticleCategory;
import org.upright.content.article.ArticleService;
import org.upright.portal.base.ui.Links;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The member library: article cards by topic, and a search box whose results come best match first. */
@Route("library")
@Menu(title = "content.nav.library", order = 10, icon = "vaadin:book")
@RolesAllowed({"MEMBER", "COACH"})
@StyleSheet("context://upright/content.css")
class ArticleLibraryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_CARDS = 60;

    private final ArticleService articles;
    private final TextField search = new TextField();
    private final Select<ArticleCategory> topic = new Select<>();
    private final Paragraph resultNote = new Paragraph();
    private final Div results = new Div();

    ArticleLibraryView(ArticleService articles) {
        this.articles = articles;
        addClassNames("page", "library");
        search.setId("search");
        search.setLabel(getTranslation("content.library.search"));
        search.setPlaceholder(getTranslation("content.library.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        topic.setId("topic");
        topic.setLabel(getTranslation("content.library.topic"));
        topic.setItems(ArticleCategory.values());
        topic.setItemLabelGenerator(c -> c == null ? getTranslation("content.library.all-topics") : c.label());
        topic.setEmptySelectionAllowed(true);
        topic.setEmptySelectionCaption(getTranslation("content.library.all-topics"));
        topic.addValueChangeListener(e -> refresh());
        Div filters = new Div(search, topic);
        filters.addClassName("library-filters");
        resultNote.setId("result-note");
        resultNote.addClassName("result-note");
        resultNote.getElement().setAttribute("aria-live", "polite");
        results.setId("results");
        results.addClassName("card-list");
        add(filters, resultNote, results);
    }

    /** ?q=…&topic=… restores a search (links can be shared, Back works). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        // a NUL or other control character in the address (?q=a%00b) is dropped, never searched for
        search.setValue(PlainText.cleaned(params.getOrDefault("q", List.of("")).getFirst()));
        topic.setValue(params.getOrDefault("topic", List.of()).stream().findFirst()
                .flatMap(ArticleLibraryView::category).orElse(null));
        refresh();
    }

    private void refresh() {
        String query = PlainText.cleaned(search.getValue()).strip();
        List<ArticleCard> cards = articles.searchPublished(query, topic.getValue(), MAX_CARDS);
        results.removeAll();
        cards.forEach(card -> results.add(card(card)));
        resultNote.setText(note(query, cards.size()));
        rememberInUrl(query);
    }

    private String note(String query, int count) {
        if (count == MAX_CARDS) {
            return getTranslation("content.library.first", MAX_CARDS);
        }
        if (query.isEmpty()) {
            return count == 0 ? getTranslation("content.library.empty") : getTranslation("content.library.count", count);
        }
        return count == 0 ? getTranslation("content.library.no-match", query)
                : getTranslation("content.library.matches", count, query);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.nav.library");
    }

    private void rememberInUrl(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            params.put("q", query);
        }
        if (topic.getValue() != null) {
            params.put("topic", topic.getValue().name());
        }
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location("library", QueryParameters.simple(params)));
    }

    static Div card(ArticleCard a) {
        H3 title = new H3(Links.to("library/" + a.slug(), a.title()));
        Span chip = new Span(a.category().label());
        chip.addClassName("chip");
        Div card = new Div(chip, title, new Paragraph(a.summary()));
        card.addClassNames("card", "article-card");
        org.upright.portal.content.ui.ContentLanguageMark.mark(
                a.language(), title, card.getComponentAt(2));
        return card;
    }

    private static java.util.Optional<ArticleCategory> category(String name) {
        try {
            return java.util.Optional.of(ArticleCategory.valueOf(name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
