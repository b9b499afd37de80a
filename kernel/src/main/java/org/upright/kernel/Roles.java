package org.upright.kernel;

/**
 * The role names as compile-time constants, for annotations ({@code @RolesAllowed},
 * {@code @PreAuthorize}) that cannot call {@link Role#name()}. One spelling for the whole code base.
 */
public final class Roles {

    public static final String MEMBER = "MEMBER";
    public static final String COACH = "COACH";
    public static final String ADMIN = "ADMIN";

    public static final String IS_MEMBER = "hasRole('MEMBER')";
    public static final String IS_COACH = "hasRole('COACH')";
    public static final String IS_ADMIN = "hasRole('ADMIN')";
    public static final String IS_COACH_OR_ADMIN = "hasAnyRole('COACH','ADMIN')";
    public static final String IS_SIGNED_IN = "isAuthenticated()";

    private Roles() {
    }
}
