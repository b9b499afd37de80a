package org.upright.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Upright member portal. Scans every module below org.upright (content, tracker, portal). */
@SpringBootApplication(scanBasePackages = "org.upright")
@AutoConfigurationPackage(basePackages = "org.upright")
public class UprightApplication {

    public static void main(String[] args) {
        SpringApplication.run(UprightApplication.class, args);
    }
}
