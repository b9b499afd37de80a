package org.upright.portal.content.article.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.upright.content.article.ArticleCategory;
import org.upright.content.article.ArticleFilter;
import org.upright.content.article.ArticleRow;
import org.upright.content.article.ArticleService;
import org.upright.portal.content.ui.AdminListView;
import org.upright.kernel.text.Dates;
import org.upright.portal.content.ui.StatusBadge;

import java.time.ZoneOffset;
import java.util.List;

/** All articles for admins, filtered, sorted and paged in the database. */
@Route("admin/articles")
@Menu(title = "content.nav.articles", order = 10, icon = "vaadin:file-text-o")
@RolesAllowed("ADMIN")
class ArticleAdminListView extends AdminListView<ArticleRow> implements HasDynamicTitle {

    private final ArticleService articles;
    private final Select<ArticleCategory> category = new Select<>();

    ArticleAdminListView(ArticleService articles) {
        super("admin/articles", "content.editor.new.ARTICLE", ArticleRow::id);
        this.articles = articles;
        category.setLabel(getTranslation("content.field.category"));
        category.setItems(ArticleCategory.values());
        category.setItemLabelGenerator(c -> c == null ? getTranslation("content.list.any-category") : c.label());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("content.list.any-category"));
        category.setId("filter-category");
        category.addValueChangeListener(e -> refresh());
        addFilter(category);

        grid.addColumn(ArticleRow::title).setHeader(getTranslation("content.field.title")).setSortProperty("title")
                .setFlexGrow(3);
        grid.addComponentColumn(r -> new StatusBadge(r.status())).setHeader(getTranslation("content.field.status"))
                .setSortProperty("status");
        grid.addColumn(r -> r.category().label()).setHeader(getTranslation("content.field.category"))
                .setSortProperty("category");
        grid.addColumn(ArticleRow::author).setHeader(getTranslation("content.field.author")).setSortProperty("author");
        grid.addColumn(r -> Dates.day(r.updatedAt(), ZoneOffset.UTC)).setHeader(getTranslation("content.list.updated"))
                .setSortProperty("updatedAt");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.nav.articles");
    }

    private ArticleFilter filter() {
        return new ArticleFilter(statusFilter(), category.getValue(), textFilter());
    }

    @Override
    protected List<ArticleRow> fetch(Pageable pageable) {
        return articles.list(filter(), pageable).getContent();
    }

    @Override
    protected long count() {
        return articles.count(filter());
    }
}
