package org.upright.tracker.push;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.Roles;
import org.upright.kernel.i18n.Wording;
import org.upright.kernel.member.Member;
import org.upright.kernel.member.MemberAccess;
import org.upright.kernel.validation.FieldChecks;

import java.net.URI;
import java.util.Base64;

/**
 * The signed-in member's browsers for web push: the key a browser subscribes with, and keeping or
 * dropping this browser's subscription. Each subscription is worded in the portal's language of
 * the moment it was made or last seen ({@link #seen}).
 */
@Service
@PreAuthorize(Roles.IS_MEMBER)
public class PushService {

    private final MemberAccess access;
    private final PushSubscriptions subscriptions;
    private final PushKeys keys;
    private final PushNotifications push;

    PushService(MemberAccess access, PushSubscriptions subscriptions, PushKeys keys, PushNotifications push) {
        this.access = access;
        this.subscriptions = subscriptions;
        this.keys = keys;
        this.push = push;
    }

    /** Whether the portal sends web push (else the reminder offers e-mail only). */
    public boolean available() {
        return push.available();
    }

    /** The portal's public VAPID key, Base64url, for {@code pushManager.subscribe({applicationServerKey})}. */
    public String publicKey() {
        return keys.publicKey();
    }

    /** How many of the member's browsers get notifications. */
    @Transactional(readOnly = true)
    public int devices() {
        return subscriptions.count(access.requireCurrentMember().id());
    }

    /** Keeps this browser's subscription (as {@code PushSubscription.toJSON()} gives its parts). */
    @Transactional
    public void subscribe(String endpoint, String p256dh, String auth) {
        Member me = access.requireCurrentMember();
        new FieldChecks()
                .require(push.available() && validEndpoint(endpoint) && key(p256dh, 65) && key(auth, 16), "push",
                        Wording.text("push.subscribe.invalid"))
                .throwIfAny();
        subscriptions.save(me.id(), endpoint, p256dh, auth, Wording.currentLanguage());
    }

    /**
     * Whether this browser's subscription is the member's; if so it is worded from now on in the
     * language the portal speaks now (the member may have changed it on the profile).
     */
    @Transactional
    public boolean seen(String endpoint) {
        Member me = access.requireCurrentMember();
        if (endpoint == null || subscriptions.ownerOf(endpoint).filter(id -> id == me.id()).isEmpty()) {
            return false;
        }
        subscriptions.relabel(me.id(), endpoint, Wording.currentLanguage());
        return true;
    }

    /** Drops this browser's subscription (only the member's own). */
    @Transactional
    public void unsubscribe(String endpoint) {
        if (endpoint != null) {
            subscriptions.delete(access.requireCurrentMember().id(), endpoint);
        }
    }

    /** A push service's address: https (browsers give no other), absolute, not too long. */
    private static boolean validEndpoint(String endpoint) {
        if (endpoint == null || endpoint.length() > 2048) {
            return false;
        }
        try {
            URI uri = new URI(endpoint);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean key(String base64url, int length) {
        if (base64url == null || base64url.length() > 128) {
            return false;
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(base64url);
            return bytes.length == length && (length != 65 || bytes[0] == 4);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
