package org.upright.portal.content.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import org.upright.content.program.ScheduleEntry;
import org.upright.content.routine.RoutineRow;
import org.upright.content.shared.ContentStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which routines on which days: pick a day and a routine and add it; each day lists its
 * routines in order, each removable. Days without routines are rest days.
 */
class ScheduleEditor extends CustomField<List<ScheduleEntry>> {

    private final Map<Long, RoutineRow> routines;
    private final List<ScheduleEntry> entries = new ArrayList<>();
    private final IntegerField day = new IntegerField(getTranslation("content.schedule-editor.day"));
    private final ComboBox<RoutineRow> routine = new ComboBox<>(getTranslation("content.schedule-editor.routine"));
    private final Div days = new Div();
    private final Paragraph summary = new Paragraph();
    private int weeks = 4;

    ScheduleEditor(List<RoutineRow> schedulable) {
        setId("schedule");
        setLabel(getTranslation("content.schedule-editor.label"));
        setHelperText(getTranslation("content.schedule-editor.helper"));
        addClassName("schedule-editor");
        routines = schedulable.stream().collect(Collectors.toMap(RoutineRow::id, Function.identity()));
        day.setId("schedule-day");
        day.setValue(1);
        day.setMin(1);
        day.setStepButtonsVisible(true);
        routine.setId("schedule-routine");
        routine.setItems(schedulable);
        routine.setItemLabelGenerator(this::label);
        Button add = new Button(getTranslation("content.schedule-editor.add"), VaadinIcon.PLUS.create(), e -> addEntry());
        add.setId("schedule-add");
        Button repeat = new Button(getTranslation("content.schedule-editor.repeat"), e -> repeatFirstWeek());
        repeat.setId("schedule-repeat");
        repeat.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div picker = new Div(day, routine, add);
        picker.addClassName("schedule-picker");
        summary.addClassName("result-note");
        days.setId("schedule-days");
        days.addClassName("schedule-days");
        add(new Div(picker, repeat, summary, days));
    }

    void setWeeks(Integer weeks) {
        this.weeks = weeks == null || weeks < 1 ? 1 : weeks;
        day.setMax(this.weeks * 7);
        render();
    }

    private void addEntry() {
        if (day.getValue() == null || routine.getValue() == null) {
            setErrorMessage(getTranslation("content.schedule-editor.choose-first"));
            setInvalid(true);
            return;
        }
        ScheduleEntry entry = new ScheduleEntry(day.getValue(), routine.getValue().id());
        if (!entries.contains(entry)) {
            entries.add(entry);
        }
        setInvalid(false);
        changed();
    }

    /** Copies days 1–7 onto the same weekdays of every later week (replacing what those days had). */
    private void repeatFirstWeek() {
        List<ScheduleEntry> firstWeek = entries.stream().filter(e -> e.day() <= 7).toList();
        entries.clear();
        for (int week = 0; week < weeks; week++) {
            int offset = week * 7;
            firstWeek.forEach(e -> entries.add(new ScheduleEntry(e.day() + offset, e.routineId())));
        }
        changed();
    }

    private void changed() {
        entries.sort(Comparator.comparingInt(ScheduleEntry::day));
        render();
        updateValue();
    }

    private void render() {
        days.removeAll();
        Map<Integer, List<ScheduleEntry>> byDay = new TreeMap<>(entries.stream()
                .collect(Collectors.groupingBy(ScheduleEntry::day)));
        byDay.forEach((d, list) -> {
            String dayLabel = getTranslation("content.schedule-editor.day-label", d, (d - 1) / 7 + 1);
            Span label = new Span(d > weeks * 7 ? dayLabel + " " + getTranslation("content.schedule-editor.after-last")
                    : dayLabel);
            label.addClassName("day-label");
            Div chips = new Div();
            chips.addClassName("chips");
            list.forEach(e -> chips.add(chip(e)));
            Div row = new Div(label, chips);
            row.addClassName("day-row");
            row.setId("day-" + d);
            days.add(row);
        });
        long active = byDay.size();
        summary.setText(entries.isEmpty() ? getTranslation("content.schedule-editor.empty")
                : getTranslation("content.schedule-editor.summary", active, weeks * 7));
    }

    private Span chip(ScheduleEntry e) {
        RoutineRow row = routines.get(e.routineId());
        String title = row == null ? getTranslation("content.schedule-editor.archived", e.routineId()) : label(row);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            entries.remove(e);
            changed();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("content.schedule-editor.remove", title, e.day()));
        Span chip = new Span(new Span(title), remove);
        chip.addClassName("chip");
        return chip;
    }

    /** Unpublished routines say so: a program can only go live once they are published. */
    private String label(RoutineRow r) {
        return r.status() == ContentStatus.PUBLISHED ? r.title() : getTranslation("content.schedule-editor.not-live",
                r.title(), getTranslation("content.schedule-editor.status." + r.status().name()));
    }

    @Override
    protected List<ScheduleEntry> generateModelValue() {
        return List.copyOf(entries);
    }

    @Override
    protected void setPresentationValue(List<ScheduleEntry> value) {
        entries.clear();
        if (value != null) {
            entries.addAll(value);
        }
        render();
    }
}
