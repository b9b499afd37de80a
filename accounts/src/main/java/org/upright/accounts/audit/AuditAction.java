package org.upright.accounts.audit;

/** The kinds of change the audit log records, with the words admins read in the log. */
public enum AuditAction {
    ACCOUNT_CREATED("Account created"),
    ACCOUNT_DISABLED("Account disabled"),
    ACCOUNT_ENABLED("Account enabled"),
    ROLE_CHANGED("Role changed"),
    PASSWORD_RESET("Password reset by an admin"),
    PASSWORD_LINK_CREATED("Set-password link created"),
    PASSWORD_SET_BY_LINK("Password set with a link"),
    PASSWORD_CHANGED("Own password changed"),
    PASSWORD_RESET_MAILED("Password reset link mailed"),
    MEMBER_INVITED("Member invited by e-mail"),
    EMAIL_CHANGE_MAILED("New e-mail address to confirm"),
    EMAIL_CHANGED("E-mail address confirmed"),
    COACH_ASSIGNED("Coach assigned"),
    PROGRAM_ASSIGNED("Program assigned"),
    CONTENT_PUBLISHED("Content published"),
    CONTENT_ARCHIVED("Content archived"),
    CONTENT_STATUS_CHANGED("Content status changed"),
    MEMBER_DATA_EXPORTED("Member data exported"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_THROTTLED("Sign-in refused after repeated failures"),
    SECOND_FACTOR_ENROLLED("Two-step sign-in set up"),
    SECOND_FACTOR_TURNED_OFF("Two-step sign-in turned off"),
    SECOND_FACTOR_RESET("Two-step sign-in reset by an admin"),
    RECOVERY_CODES_RENEWED("New recovery codes made"),
    RECOVERY_CODE_USED("Signed in with a recovery code");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
