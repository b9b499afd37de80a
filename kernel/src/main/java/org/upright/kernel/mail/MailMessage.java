package org.upright.kernel.mail;

/** One plain-text mail to one address. */
public record MailMessage(String to, String subject, String text) {

    @Override
    public String toString() {
        // an address and a one-time link are personal: never in a log line
        return "MailMessage[subject=" + subject + "]";
    }
}
