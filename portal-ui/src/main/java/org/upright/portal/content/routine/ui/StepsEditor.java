package org.upright.portal.content.routine.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.upright.content.routine.RoutineStep;
import org.upright.content.routine.RoutineTiming;
import org.upright.content.routine.StepImageService;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ordered steps of a routine: add, remove, move up and down, and the routine's total time. */
class StepsEditor extends Div implements HasValidation {

    private static final Pattern STEP_PATH = Pattern.compile("steps\\[(\\d+)]\\.([\\w.]+)");

    private final List<StepRow> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Paragraph total = new Paragraph();
    private final Paragraph error = new Paragraph();

    private final StepImageService images;

    StepsEditor(StepImageService images) {
        this.images = images;
        setId("steps");
        addClassName("steps-editor");
        total.setId("total-time");
        total.addClassName("total-time");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button add = new Button(getTranslation("content.steps.add"), VaadinIcon.PLUS.create(), e -> {
            addRow(new StepForm());
            relayout();
        });
        add.setId("add-step");
        add(new H3(getTranslation("content.page.steps")), total, error, list, add);
    }

    void setSteps(List<RoutineStep> steps) {
        rows.clear();
        list.removeAll();
        steps.forEach(s -> addRow(StepForm.of(s)));
        relayout();
    }

    /** All steps, or empty if any step has a field problem (shown next to that field). */
    Optional<List<RoutineStep>> readSteps() {
        List<RoutineStep> steps = new ArrayList<>();
        boolean valid = true;
        for (StepRow row : rows) {
            Optional<RoutineStep> step = row.read();
            valid &= step.isPresent();
            step.ifPresent(steps::add);
        }
        if (valid) {
            setInvalid(false);
        }
        return valid ? Optional.of(steps) : Optional.empty();
    }

    /** "steps[2].holdSeconds" is the third step's hold field; "steps" is this editor itself. */
    Optional<HasValidation> fieldFor(String path) {
        if (path.equals("steps")) {
            return Optional.of(this);
        }
        Matcher m = STEP_PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(m.group(1));
        return index < rows.size() ? rows.get(index).field(m.group(2)) : Optional.empty();
    }

    int stepCount() {
        return rows.size();
    }

    private void addRow(StepForm form) {
        StepRow row = new StepRow(form, this::showTotal, images);
        row.up.addClickListener(e -> move(row, -1));
        row.down.addClickListener(e -> move(row, 1));
        row.remove.addClickListener(e -> {
            rows.remove(row);
            relayout();
        });
        rows.add(row);
    }

    private void move(StepRow row, int delta) {
        int from = rows.indexOf(row);
        int to = from + delta;
        if (to >= 0 && to < rows.size()) {
            rows.remove(from);
            rows.add(to, row);
            relayout();
        }
    }

    private void relayout() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setPosition(i, rows.size());
            list.add(rows.get(i));
        }
        showTotal();
    }

    private void showTotal() {
        int seconds = 0;
        boolean complete = true;
        for (StepRow row : rows) {
            OptionalInt s = row.seconds();
            complete &= s.isPresent();
            seconds += s.orElse(0);
        }
        total.setText(rows.isEmpty() ? getTranslation("content.steps.empty")
                : getTranslation(complete ? "content.steps.total" : "content.steps.total-so-far",
                        RoutineTiming.duration(seconds), rows.size()));
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
