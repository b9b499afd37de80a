package org.upright.portal.content.article.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.upright.content.article.ArticleCategory;
import org.upright.content.article.ArticleFilter;
import org.upright.content.article.ArticleRow;
import org.upright.content.article.ArticleService;
import org.upright.portal.content.ui.AdminListView;
import org.upright.portal.base.ui.ContentFormat;
import org.upright.portal.content.ui.StatusBadge;

import java.util.List;

/** All articles for admins, filtered, sorted and paged in the database. */
@Route("admin/articles")
@PageTitle("Articles")
@Menu(title = "Articles", order = 10, icon = "vaadin:file-text-o")
@RolesAllowed("ADMIN")
class ArticleAdminListView extends AdminListView<ArticleRow> {

    private final ArticleService articles;
    private final Select<ArticleCategory> category = new Select<>();

    ArticleAdminListView(ArticleService articles) {
        super("admin/articles", "New article", ArticleRow::id);
        this.articles = articles;
        category.setLabel("Category");
        category.setItems(ArticleCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "Any category" : c.label());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("Any category");
        category.setId("filter-category");
        category.addValueChangeListener(e -> refresh());
        addFilter(category);

        grid.addColumn(ArticleRow::title).setHeader("Title").setSortProperty("title").setFlexGrow(3);
        grid.addComponentColumn(r -> new StatusBadge(r.status())).setHeader("Status").setSortProperty("status");
        grid.addColumn(r -> r.category().label()).setHeader("Category").setSortProperty("category");
        grid.addColumn(ArticleRow::author).setHeader("Author").setSortProperty("author");
        grid.addColumn(r -> ContentFormat.day(r.updatedAt())).setHeader("Updated").setSortProperty("updatedAt");
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
