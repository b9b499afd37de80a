package org.upright.portal.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.upright.portal.security.SecondStep;

import java.util.List;
import java.util.Map;

/**
 * What the three second-step pages share: the panel of the sign-in page, the check that this
 * step is the one due (else on to the due one, or to the sign-in page when none is), the code
 * field with the message of the last post, and "Not you? Start again" (a sign-out).
 */
abstract class SecondStepPage extends Main implements BeforeEnterObserver {

    private final SecondStep.Step step;
    protected final SecondStep secondStep;
    protected final Div panel = new Div();

    SecondStepPage(SecondStep secondStep, SecondStep.Step step, String id) {
        this.secondStep = secondStep;
        this.step = step;
        addClassName("login-view");
        setId(id);
        panel.addClassNames("set-password-panel", "second-step-panel");
        add(panel);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        var due = secondStep.step();
        if (due.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        if (due.get() != step) {
            event.forwardTo(due.get().route());
            return;
        }
        panel.removeAll();
        panel.add(new H1(getTranslation("account.brand")));
        show(event.getLocation().getQueryParameters().getParameters());
        panel.add(startAgain());
    }

    /** Fills the panel; {@code parameters} tell what went wrong with the last post. */
    protected abstract void show(Map<String, List<String>> parameters);

    /** The code field, named as the filter reads it, marked with the message of the last post. */
    protected static TextField codeField(String label, Map<String, List<String>> parameters, String wrong) {
        TextField code = new TextField(label);
        code.getElement().setAttribute("name", SecondStep.CODE_PARAMETER);
        code.setId("code");
        code.setWidthFull();
        code.setMaxLength(64);
        // lets phones offer a code from the app or a text message
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setAutofocus(true);
        if (parameters.containsKey(SecondStep.WRONG)) {
            code.setInvalid(true);
            code.setErrorMessage(wrong);
        } else if (parameters.containsKey(SecondStep.EMPTY)) {
            code.setInvalid(true);
            code.setErrorMessage(code.getTranslation("security.code.empty"));
        }
        return code;
    }

    protected static NativeButton submit(String text, String id) {
        NativeButton button = new NativeButton(text);
        button.getElement().setAttribute("type", "submit");
        button.addClassName("form-submit");
        button.setId(id);
        return button;
    }

    protected PostForm form(Component... content) {
        return new PostForm(step.route(), content);
    }

    private Component startAgain() {
        NativeButton button = new NativeButton(getTranslation("security.start-again"));
        button.getElement().setAttribute("type", "submit");
        button.addClassName("form-link");
        button.setId("start-again");
        return new PostForm("logout", button);
    }
}
