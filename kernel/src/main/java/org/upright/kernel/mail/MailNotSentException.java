package org.upright.kernel.mail;

/** The mail could not be handed to the mail server (none configured, unreachable, refused). */
public class MailNotSentException extends RuntimeException {

    public MailNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
