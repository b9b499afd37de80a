package org.upright.accounts.audit;

/** What an audited action was done to: a type ("ACCOUNT", "ARTICLE" …), its id and a readable label. */
public record AuditTarget(String type, Long id, String label) {

    public static final String ACCOUNT = "ACCOUNT";

    public static AuditTarget account(long id, String username) {
        return new AuditTarget(ACCOUNT, id, username);
    }
}
