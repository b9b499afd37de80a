package org.upright.kernel.i18n;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes {@link Wording}'s bundles Spring's message source, so Jakarta validation's {key} messages are translated too. */
@Configuration(proxyBeanMethods = false)
public class MessageSourceConfiguration {

    @Bean
    MessageSource messageSource() {
        return Wording.source();
    }
}
