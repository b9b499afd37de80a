package org.upright.kernel.mail;

/**
 * Sends mail to people (the application implements it over SMTP). Without a mail server
 * configured {@link #available()} is false and features that need mail say so and fall back,
 * e.g. a one-time link shown to the admin instead of mailed.
 */
public interface OutgoingMail {

    /** Whether mail can be sent at all on this installation. */
    boolean available();

    /**
     * Sends now, in the caller's thread. {@link MailNotSentException} when mail is not available
     * or the server refuses the message: callers in a transaction let it roll the change back.
     */
    void send(MailMessage message);
}
