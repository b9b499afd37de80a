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

/** The byline shown to members ("Upright team", an admin's name). */
@NotBlank(message = "{content.validation.author.required}")
@Size(max = 120, message = "{content.validation.author.length}")
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidAuthor {
    String message() default "{content.validation.author.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
