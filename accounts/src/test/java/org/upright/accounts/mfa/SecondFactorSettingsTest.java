package org.upright.accounts.mfa;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.upright.kernel.Role;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code upright.security.mfa.*} settings as Spring binds them from properties or the environment. */
class SecondFactorSettingsTest {

    private static SecondFactorSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("upright.security.mfa", SecondFactorSettings.class);
    }

    @Test
    void byDefaultCoachesAndAdminsMustUseItAndTheStepLastsFiveMinutes() {
        SecondFactorSettings defaults = bind(Map.of());
        assertThat(defaults.requiredFor(Role.COACH)).isTrue();
        assertThat(defaults.requiredFor(Role.ADMIN)).isTrue();
        assertThat(defaults.requiredFor(Role.MEMBER)).isFalse();
        assertThat(defaults.issuer()).isEqualTo("Upright");
        assertThat(defaults.pendingLifetime()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theRequiredRolesTheIssuerAndTheLifetimeAreConfigurable() {
        SecondFactorSettings adminsOnly = bind(Map.of("upright.security.mfa.required-roles", "ADMIN",
                "upright.security.mfa.issuer", "Upright (test)", "upright.security.mfa.pending-lifetime", "90s"));
        assertThat(adminsOnly.requiredFor(Role.ADMIN)).isTrue();
        assertThat(adminsOnly.requiredFor(Role.COACH)).isFalse();
        assertThat(adminsOnly.issuer()).isEqualTo("Upright (test)");
        assertThat(adminsOnly.pendingLifetime()).isEqualTo(Duration.ofSeconds(90));

        assertThat(bind(Map.of("upright.security.mfa.required-roles", "")).requiredRoles()).as("optional for all").isEmpty();
    }

    @Test
    void aLifetimeOfZeroIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("upright.security.mfa.pending-lifetime", "0s")))
                .isInstanceOf(BindException.class);
    }
}
