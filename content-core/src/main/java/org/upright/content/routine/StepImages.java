package org.upright.content.routine;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * How a step names its picture: {@code figure:<name>} is a drawing shipped with the portal (a static
 * file {@code <name>.svg}), {@code upload:<id>} an image stored with {@link StepImageService}.
 */
public final class StepImages {

    /** What {@link RoutineStep#image()} may hold (empty = no picture). */
    public static final String REFERENCE = "(figure:[a-z0-9]+(-[a-z0-9]+)*|upload:[1-9][0-9]{0,17})?";

    private static final String FIGURE = "figure:";
    private static final String UPLOAD = "upload:";

    private StepImages() {
    }

    public static String figure(String name) {
        return FIGURE + name;
    }

    public static String upload(long id) {
        return UPLOAD + id;
    }

    /** The drawing's name, for a {@code figure:} reference. */
    public static Optional<String> figureName(String reference) {
        return reference != null && reference.startsWith(FIGURE) && reference.matches(REFERENCE)
                ? Optional.of(reference.substring(FIGURE.length())) : Optional.empty();
    }

    /** The stored image's id, for an {@code upload:} reference. */
    public static OptionalLong uploadId(String reference) {
        return reference != null && reference.startsWith(UPLOAD) && reference.matches(REFERENCE)
                ? OptionalLong.of(Long.parseLong(reference.substring(UPLOAD.length()))) : OptionalLong.empty();
    }
}
