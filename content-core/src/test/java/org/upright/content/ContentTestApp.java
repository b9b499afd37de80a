package org.upright.content;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** The content module on its own, with method security on as in the portal. */
@SpringBootApplication(scanBasePackages = {"org.upright.content", "org.upright.kernel"})
@EnableMethodSecurity
public class ContentTestApp {
}
