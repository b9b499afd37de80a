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
@NotBlank(message = "Author is required")
@Size(max = 120, message = "Author must be at most 120 characters")
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidAuthor {
    String message() default "Author is invalid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
