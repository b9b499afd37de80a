package org.upright.kernel;

/** What an account may do. Stored by name; Spring Security sees it as ROLE_&lt;name&gt;. */
public enum Role {
    MEMBER, COACH, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The role's name as people read it: "Member", "Coach", "Admin". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
