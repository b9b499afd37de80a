package org.upright.portal.account;

/** What an account may do. Stored by name; Spring Security sees it as ROLE_&lt;name&gt;. */
public enum Role {
    MEMBER, COACH, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
