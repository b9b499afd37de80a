package org.upright.content;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** The content module on its own, with method security on as in the portal. */
@SpringBootApplication
@EnableMethodSecurity
public class ContentTestApp {
}
