package org.upright.kernel;

import org.upright.kernel.i18n.Wording;

/** What an account may do. Stored by name; Spring Security sees it as ROLE_&lt;name&gt;. */
public enum Role {
    MEMBER, COACH, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The role's name as people read it, in their language: "Member", "Coach", "Admin". */
    public String label() {
        return Wording.text("role." + name());
    }
}
