package org.upright.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.tracker.coaching.ConversationService;

import java.util.function.Consumer;

/**
 * Where a message is written and sent, for either side of a conversation. A refused message
 * keeps its text in the box, with the reason under it; only a sent one clears the box. Until it is
 * sent the text is also kept in the browser ({@link KeptInput}), so an ended session loses none of it.
 */
public class MessageComposer extends Div {

    private final TextArea body = new TextArea();
    private final FieldMessages messages = new FieldMessages();

    /** {@code send} stores the text (and throws {@link InvalidInputException} on field "body"); {@code sent} runs after. */
    public MessageComposer(String label, Consumer<String> send, Runnable sent) {
        addClassName("message-composer");
        body.setLabel(label);
        body.setMaxLength(ConversationService.MAX_LENGTH);
        body.setValueChangeMode(ValueChangeMode.EAGER);
        body.setHelperText(counter(0));
        body.addValueChangeListener(e -> body.setHelperText(counter(e.getValue().length())));
        body.setWidthFull();
        body.setId("message-body");
        KeptInput.keep(body, "message"); // the page path names the conversation
        messages.bind("body", body);
        Button button = new Button(getTranslation("base.composer.send"), e -> {
            try {
                send.accept(body.getValue());
                messages.clear();
                body.clear();
                KeptInput.saved(body);
                sent.run();
            } catch (InvalidInputException problems) {
                messages.show(problems);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("send-message");
        add(body, button);
    }

    /** The text not sent yet. */
    public String draft() {
        return body.getValue();
    }

    private static String counter(int length) {
        return Texts.text("base.composer.counter", length, ConversationService.MAX_LENGTH);
    }
}
