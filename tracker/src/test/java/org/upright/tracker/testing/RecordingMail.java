package org.upright.tracker.testing;

import org.upright.kernel.mail.MailMessage;
import org.upright.kernel.mail.MailNotSentException;
import org.upright.kernel.mail.OutgoingMail;
import org.upright.kernel.mail.PortalLinks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the application's SMTP mail in the tracker's tests: keeps what would be sent, can
 * be switched off or made to fail; links point at a fixed test address.
 */
public class RecordingMail implements OutgoingMail, PortalLinks {

    public static final String PORTAL = "https://upright.test";

    private final List<MailMessage> sent = new CopyOnWriteArrayList<>();
    private volatile boolean available = true;
    private volatile boolean failing;

    public List<MailMessage> sentTo(String address) {
        return sent.stream().filter(m -> m.to().equals(address)).toList();
    }

    public void setAvailable(boolean available) {
        this.available = available;
    }

    public void setFailing(boolean failing) {
        this.failing = failing;
    }

    public void reset() {
        sent.clear();
        available = true;
        failing = false;
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public void send(MailMessage message) {
        if (!available || failing) {
            throw new MailNotSentException("test: the mail server refuses", null);
        }
        sent.add(message);
    }

    @Override
    public String setPassword(String token) {
        return PORTAL + "/set-password/" + token;
    }

    @Override
    public String confirmEmail(String token) {
        return PORTAL + "/confirm-email/" + token;
    }

    @Override
    public String checkIn() {
        return PORTAL + "/today#check-in";
    }

    @Override
    public String triage() {
        return PORTAL + "/coach/triage";
    }

    @Override
    public String client(long memberId) {
        return PORTAL + "/coach/clients/" + memberId;
    }
}
