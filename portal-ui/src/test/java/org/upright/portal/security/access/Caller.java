package org.upright.portal.security.access;

/**
 * Who calls, seen from one member (the subject, whose data the calls name): the subject, another
 * member, the subject's coach, a coach of someone else, an admin, or nobody signed in.
 */
enum Caller {
    ANONYMOUS("anonymous"),
    MEMBER_OWN("member_own"),
    MEMBER_OTHER("member_other"),
    COACH_ASSIGNED("coach_assigned"),
    COACH_NOT_ASSIGNED("coach_not_assigned"),
    ADMIN("admin");

    final String column;

    Caller(String column) {
        this.column = column;
    }
}
