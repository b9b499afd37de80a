package org.upright.portal.content.article.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.upright.content.article.ArticleRow;
import org.upright.kernel.Role;
import org.upright.portal.content.ContentViewTest;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleAdminListViewTest extends ContentViewTest {

    @BeforeEach
    void signInAsAdmin() {
        signInAs(Role.ADMIN);
    }

    @Test
    void filtersByTextStatusAndCategoryInTheDatabase() {
        navigate("admin/articles", ArticleAdminListView.class);
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(7);

        test($(TextField.class).id("filter-text")).setValue("wall press");
        assertThat(rows()).extracting(ArticleRow::slug).containsExactly("how-to-do-the-wall-press-safely");

        $(TextField.class).id("filter-text").clear();
        test($(Select.class).id("filter-category")).selectItem("Safety");
        assertThat(rows()).isNotEmpty().allSatisfy(r -> assertThat(r.category().label()).isEqualTo("Safety"));
        test($(Select.class).id("filter-status")).selectItem("Archived");
        assertThat(rows()).allSatisfy(r -> assertThat(r.status().label()).isEqualTo("Archived"));
    }

    @SuppressWarnings("unchecked")
    private List<ArticleRow> rows() {
        Grid<ArticleRow> grid = $(Grid.class).id("content-grid");
        int size = test(grid).size();
        return IntStream.range(0, size).mapToObj(i -> test(grid).getRow(i)).toList();
    }
}
