package org.upright.portal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.upright.kernel.mail.MailMessage;
import org.upright.kernel.mail.MailNotSentException;
import org.upright.kernel.mail.OutgoingMail;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The kernel's {@link OutgoingMail} over SMTP (Spring's {@link JavaMailSenderImpl}, built here
 * rather than by Spring Boot so that "no host" simply means "no mail"). Every wait on the server
 * is bounded, so a dead mail server fails a request instead of hanging it.
 */
@Component
@EnableConfigurationProperties(MailSettings.class)
class SmtpMail implements OutgoingMail {

    private static final String TIMEOUT_MS = "10000";

    private final MailSettings settings;
    private final JavaMailSenderImpl sender;

    SmtpMail(MailSettings settings) {
        this.settings = settings;
        this.sender = settings.configured() ? sender(settings) : null;
    }

    @Override
    public boolean available() {
        return sender != null;
    }

    @Override
    public void send(MailMessage message) {
        if (sender == null) {
            throw new MailNotSentException("No mail server is configured (upright.mail.host)", null);
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            helper.setText(message.text(), false);
            sender.send(mime);
        } catch (MailException | MessagingException e) {
            // the server's own words may quote the address: only the kind of failure goes into the message
            throw new MailNotSentException("The mail server did not take the message (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static JavaMailSenderImpl sender(MailSettings s) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(s.host());
        sender.setPort(s.port());
        sender.setUsername(s.username());
        sender.setPassword(s.password());
        sender.setProtocol(s.tls() == MailSettings.Tls.SSL ? "smtps" : "smtp");
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        String p = s.tls() == MailSettings.Tls.SSL ? "mail.smtps." : "mail.smtp.";
        Properties props = sender.getJavaMailProperties();
        props.setProperty(p + "auth", String.valueOf(s.username() != null));
        props.setProperty(p + "connectiontimeout", TIMEOUT_MS);
        props.setProperty(p + "timeout", TIMEOUT_MS);
        props.setProperty(p + "writetimeout", TIMEOUT_MS);
        if (s.tls() == MailSettings.Tls.STARTTLS) {
            props.setProperty("mail.smtp.starttls.enable", "true");
            props.setProperty("mail.smtp.starttls.required", "true");
        }
        if (s.tls() != MailSettings.Tls.NONE) {
            props.setProperty(p + "ssl.checkserveridentity", "true");
        }
        return sender;
    }
}
