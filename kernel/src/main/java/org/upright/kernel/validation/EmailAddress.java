package org.upright.kernel.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every e-mail address in Upright: at most {@value #MAX} characters (RFC 5321's limit on a path),
 * one "@", no spaces, and a domain with a dot. Null passes; add {@code @NotBlank} where one is
 * required. Deliberately plain: the confirmation link proves the address, this only catches typos.
 */
@Size(max = EmailAddress.MAX, message = "{validation.email.length}")
@Pattern(regexp = EmailAddress.PATTERN, message = "{validation.email.pattern}")
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

    int MAX = 254;
    String PATTERN = "[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+";

    String message() default "{validation.email.pattern}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
