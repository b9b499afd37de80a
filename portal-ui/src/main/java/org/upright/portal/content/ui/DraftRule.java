package org.upright.portal.content.ui;

import com.vaadin.flow.data.validator.BeanValidator;
import jakarta.validation.ConstraintViolation;
import org.upright.kernel.i18n.Wording;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft property's Jakarta constraints as a Binder validator, worded in the field's language
 * from the bundles. Vaadin's BeanValidator alone would look a {@code {content.validation.…}}
 * message up only in ValidationMessages.properties and show the key itself.
 */
public class DraftRule extends BeanValidator {

    private static final Pattern KEY = Pattern.compile("\\{([a-z0-9-]+(?:\\.[A-Za-z0-9_-]+)+)}");

    public DraftRule(Class<?> draftType, String property) {
        super(draftType, property);
    }

    @Override
    protected String getMessage(ConstraintViolation<?> violation, Locale locale) {
        Matcher key = KEY.matcher(violation.getMessageTemplate());
        return key.matches() && Wording.has(key.group(1)) ? Wording.text(locale, key.group(1))
                : super.getMessage(violation, locale);
    }
}
