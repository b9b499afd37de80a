package org.upright.kernel.actor;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.kernel.Role;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is acting: the one way to read the signed-in username (from Spring Security's context),
 * and the {@link #SYSTEM} actor for start-up work nobody signed in for.
 */
public final class Actors {

    /** The actor of work nobody signed in for (the starter-content import at start-up). */
    public static final String SYSTEM = "system";

    private Actors() {
    }

    /** The signed-in username, empty for anonymous callers and start-up work. */
    public static Optional<String> signedInUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(auth.getName());
    }

    /** The username to record as the author of a change: the signed-in one, else {@link #SYSTEM}. */
    public static String currentUsername() {
        return signedInUsername().orElse(SYSTEM);
    }

    /** Runs start-up work as the {@link #SYSTEM} admin, since services check who calls them. */
    public static <T> T callAsSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable work) {
        callAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
