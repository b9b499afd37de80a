package org.upright.portal.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.springframework.data.domain.Pageable;
import org.upright.content.shared.ContentStatus;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * An admin list of one kind of content: a lazy grid whose paging, sorting and filtering all
 * happen in the database, a status filter, a text filter and a "New" button. A row opens its editor.
 *
 * @param <R> the row record
 */
@StyleSheet("context://upright/content.css")
public abstract class AdminListView<R> extends Main {

    protected final Grid<R> grid = new Grid<>();
    private final Select<ContentStatus> status = new Select<>();
    private final TextField text = new TextField();
    private final Div filters = new Div();

    /** {@code newLabelKey}: the bundle key of the "New …" button's text. */
    protected AdminListView(String basePath, String newLabelKey, ToLongFunction<R> idOf) {
        addClassNames("page", "admin-list");
        status.setLabel(getTranslation("content.field.status"));
        status.setItems(ContentStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("content.list.any-status") : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("content.list.any-status"));
        status.setId("filter-status");
        status.addValueChangeListener(e -> refresh());
        text.setLabel(getTranslation("content.list.text"));
        text.setPlaceholder(getTranslation("content.list.text.placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("filter-text");
        text.addValueChangeListener(e -> refresh());
        filters.addClassName("list-filters");
        filters.add(text, status);

        Button create = new Button(getTranslation(newLabelKey), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate(basePath + "/new"));
        create.setId("new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        filters.add(create);

        grid.setId("content-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setPageSize(50);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(basePath + "/" + idOf.applyAsLong(e.getItem())));
        grid.setItemsPageable(this::fetch, pageable -> count());
        add(filters, grid);
    }

    /** One page of rows for the current filters; the pageable carries the grid's sort. */
    protected abstract List<R> fetch(Pageable pageable);

    protected abstract long count();

    protected final ContentStatus statusFilter() {
        return status.getValue();
    }

    protected final String textFilter() {
        return text.getValue();
    }

    /** Adds a kind-specific filter before the "New" button; it should call {@link #refresh()} on change. */
    protected final void addFilter(Component filter) {
        filters.addComponentAtIndex(filters.getComponentCount() - 1, filter);
    }

    protected final void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
