package org.upright.tracker.push;

import org.upright.kernel.i18n.Language;

/** One browser's push subscription (RFC 8030 endpoint, RFC 8291 keys, Base64url as the browser gives them). */
record PushSubscription(long id, long memberId, String endpoint, String p256dh, String auth, Language language) {
}
