package org.upright.accounts;

import org.upright.kernel.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.Instant;
import org.upright.kernel.i18n.Language;

import java.time.ZoneId;

/** A person who can log in: a member, a coach or an admin. */
@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coach_id")
    private Account coach;

    @Column(length = 254)
    private String email;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "UTC";

    @Column(name = "language", length = 8)
    private String language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "sessions_valid_after")
    private Instant sessionsValidAfter;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Account getCoach() {
        return coach;
    }

    public void setCoach(Account coach) {
        this.coach = coach;
    }

    /** The confirmed e-mail address, or null. */
    public String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    /** The language chosen on the profile; empty when the person follows their browser's. */
    public java.util.Optional<Language> getLanguage() {
        return language == null ? java.util.Optional.empty() : Language.ofCode(language);
    }

    public void setLanguage(Language language) {
        this.language = language == null ? null : language.code();
    }

    public ZoneId getZoneId() {
        return ZoneId.of(timeZone);
    }

    public void setZoneId(ZoneId zone) {
        this.timeZone = zone.getId();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSessionsValidAfter() {
        return sessionsValidAfter;
    }

    /** Ends every session signed in before now at its next request (see the security package's session filter). */
    void endOpenSessions() {
        // real time, not the business clock: compared with when sessions really signed in
        this.sessionsValidAfter = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
