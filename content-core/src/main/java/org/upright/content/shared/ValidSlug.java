package org.upright.content.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A slug as typed: empty (derive it from the title) or lower-case words of letters and digits joined by single hyphens. */
@Size(max = Slugs.MAX_LENGTH, message = "{content.validation.slug.length}")
@Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?", message = "{content.validation.slug.pattern}")
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidSlug {
    String message() default "{content.validation.slug.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
