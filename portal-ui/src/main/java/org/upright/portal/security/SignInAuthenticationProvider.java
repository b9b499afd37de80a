package org.upright.portal.security;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;
import org.upright.accounts.signin.SignInThrottle;

import java.time.Duration;

/**
 * The password check of the login form, behind the throttle: a name or address locked after
 * repeated failures is refused before its password is looked at. A database that cannot be
 * reached is reported as {@link ServiceUnavailableException}, never as a wrong password.
 */
final class SignInAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    SignInAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        try {
            Duration locked = throttle.lockedFor(username, address).orElse(null);
            if (locked != null) {
                throw new SignInThrottledException(locked);
            }
            Authentication result;
            try {
                result = passwords.authenticate(authentication);
            } catch (BadCredentialsException e) {
                throttle.failed(username, address, "Wrong password or unknown account");
                throw e;
            } catch (DisabledException e) {
                throttle.failed(username, address, "Account disabled");
                throw e;
            }
            // the failures are forgotten by the success handler, after a second step where one is due
            return result;
        } catch (DataAccessException | TransactionException e) {
            throw new ServiceUnavailableException(e);
        } catch (InternalAuthenticationServiceException e) {
            if (e.getCause() instanceof DataAccessException || e.getCause() instanceof TransactionException) {
                throw new ServiceUnavailableException(e);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * Too many failures for this name or address: try again later. A {@link LockedException}, so
     * Spring Security publishes it as a locked-account failure (counted as "throttled").
     */
    static final class SignInThrottledException extends LockedException {
        SignInThrottledException(Duration wait) {
            super("Sign-in refused for another " + wait.toSeconds() + " s");
        }
    }

    /** The account store (the database) cannot be reached. */
    static final class ServiceUnavailableException extends AuthenticationServiceException {
        ServiceUnavailableException(Throwable cause) {
            super("Account store unavailable", cause);
        }
    }
}
