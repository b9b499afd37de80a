package org.upright.content.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The one-paragraph summary of an article or routine: required, at most 300 characters. */
@NotBlank(message = "{content.validation.summary.required}")
@Size(max = 300, message = "{content.validation.summary.length}")
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidSummary {
    String message() default "{content.validation.summary.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
