package org.upright.portal.security.access;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every public method of every {@code @Service} class of every module (found on the class path,
 * so a new service or method shows up without anyone listing it).
 */
final class ServiceMethods {

    private ServiceMethods() {
    }

    static List<Method> all() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        return scanner.findCandidateComponents("org.upright").stream()
                .map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), ServiceMethods.class.getClassLoader()))
                .flatMap(type -> Stream.of(type.getMethods()))
                .filter(m -> m.getDeclaringClass().getName().startsWith("org.upright."))
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .sorted(Comparator.comparing(ServiceMethods::signature))
                .toList();
    }

    /** e.g. {@code PainRatingService.save(long, PainRatingInput)}: the key of a row in the table. */
    static String signature(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName()
                + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
    }
}
