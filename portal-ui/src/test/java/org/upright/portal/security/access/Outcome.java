package org.upright.portal.security.access;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** What one call did: returned or failed for another reason (allowed), or was refused (denied). */
enum Outcome {
    ALLOWED, DENIED;

    static Outcome of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof AuthenticationException) {
                return DENIED;
            }
        }
        return ALLOWED;
    }

    String word() {
        return name().toLowerCase();
    }

    static Outcome parse(String word) {
        return valueOf(word.strip().toUpperCase());
    }
}
