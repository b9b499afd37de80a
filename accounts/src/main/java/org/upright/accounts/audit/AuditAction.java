package org.upright.accounts.audit;

import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;

/**
 * The kinds of change the audit log records; admins read each as {@link #label()}, from the
 * bundle key {@code accounts.audit.action.<NAME>}.
 */
public enum AuditAction {
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ROLE_CHANGED,
    PASSWORD_RESET,
    PASSWORD_LINK_CREATED,
    PASSWORD_SET_BY_LINK,
    PASSWORD_CHANGED,
    PASSWORD_RESET_MAILED,
    MEMBER_INVITED,
    EMAIL_CHANGE_MAILED,
    EMAIL_CHANGED,
    COACH_ASSIGNED,
    PROGRAM_ASSIGNED,
    CONTENT_PUBLISHED,
    CONTENT_ARCHIVED,
    CONTENT_STATUS_CHANGED,
    MEMBER_DATA_EXPORTED,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SECOND_FACTOR_ENROLLED,
    SECOND_FACTOR_TURNED_OFF,
    SECOND_FACTOR_RESET,
    RECOVERY_CODES_RENEWED,
    RECOVERY_CODE_USED;

    /** The words for this action in the current request's language. */
    public String label() {
        return Wording.text("accounts.audit.action." + name());
    }

    public String label(Language language) {
        return Wording.text(language, "accounts.audit.action." + name());
    }
}
