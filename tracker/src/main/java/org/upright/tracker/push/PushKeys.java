package org.upright.tracker.push;

import com.interaso.webpush.VapidKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.interfaces.ECPrivateKey;
import java.util.Base64;

/**
 * The portal's VAPID key pair (RFC 8292), which browsers subscribe with and every push is signed
 * with: {@code upright.push.public-key} and {@code private-key} when set (Base64url, the
 * uncompressed P-256 point and the raw 32-byte private value, as common VAPID tools print them);
 * otherwise one pair made once and kept in {@code push_server_key} (V195), so every node reads the
 * same pair. Read on first use.
 */
@Component
class PushKeys {

    private static final Logger log = LoggerFactory.getLogger(PushKeys.class);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final String configuredPublic;
    private final String configuredPrivate;
    private volatile VapidKeys keys;

    PushKeys(JdbcClient jdbc, PlatformTransactionManager transactions, @Value("${upright.push.public-key:}") String configuredPublic,
             @Value("${upright.push.private-key:}") String configuredPrivate) {
        this.jdbc = jdbc;
        // its own transaction: the first use may come inside a read-only one
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.configuredPublic = configuredPublic.strip();
        this.configuredPrivate = configuredPrivate.strip();
        if (this.configuredPublic.isEmpty() != this.configuredPrivate.isEmpty()) {
            throw new IllegalStateException("Set both upright.push.public-key and upright.push.private-key, or neither");
        }
        if (!this.configuredPublic.isEmpty()) {
            // a wrong pair stops the start, not the first reminder
            this.keys = VapidKeys.fromUncompressedBytes(this.configuredPublic, this.configuredPrivate);
        }
    }

    VapidKeys keys() {
        VapidKeys known = keys;
        if (known == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = ownTransaction.execute(tx -> stored());
                }
                known = keys;
            }
        }
        return known;
    }

    /** The public key as browsers take it ({@code applicationServerKey}): Base64url of the uncompressed point. */
    String publicKey() {
        return BASE64URL.encodeToString(keys().getApplicationServerKey());
    }

    /** The kept pair; the first node to need one makes it, and a node that lost the race reads the winner's. */
    private VapidKeys stored() {
        var kept = jdbc.sql("select public_key, private_key from push_server_key where id = 1")
                .query((rs, i) -> VapidKeys.fromUncompressedBytes(rs.getString(1), rs.getString(2))).optional();
        if (kept.isPresent()) {
            return kept.get();
        }
        VapidKeys made = VapidKeys.generate();
        int inserted = jdbc.sql("""
                        insert into push_server_key (id, public_key, private_key) values (1, ?, ?)
                        on conflict (id) do nothing""")
                .params(BASE64URL.encodeToString(made.getApplicationServerKey()), rawPrivate(made.getPrivateKey()))
                .update();
        if (inserted == 1) {
            log.info("Web push: made the portal's VAPID key pair and kept it in the database");
            return made;
        }
        return stored();
    }

    private static String rawPrivate(ECPrivateKey key) {
        byte[] value = key.getS().toByteArray();
        byte[] raw = new byte[32];
        int length = Math.min(value.length, 32);
        System.arraycopy(value, value.length - length, raw, 32 - length, length);
        return BASE64URL.encodeToString(raw);
    }
}
