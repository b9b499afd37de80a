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

/** Every title in Upright: 3–120 characters. */
@NotBlank(message = "{content.validation.title.required}")
@Size(min = 3, max = 120, message = "{content.validation.title.length}")
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidTitle {
    String message() default "{content.validation.title.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
