package org.upright.portal.home.ui;

import org.upright.portal.mail.MailedPortalLinks;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.AccountService;
import org.upright.portal.base.ui.ScreeningGate;
import org.upright.tracker.onboarding.FirstRunTourService;
import org.upright.tracker.progress.MemberProgressService;
import org.upright.tracker.screening.ScreeningService;

import java.time.Clock;
import java.time.ZonedDateTime;

/** A member's home: greeting, then the day's plan and check-in as those features arrive. */
@Route(MailedPortalLinks.CHECK_IN)
@Menu(title = "home.nav", order = 0, icon = "vaadin:sun-o")
@RolesAllowed("MEMBER")
class MemberHomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ScreeningService screening;

    MemberHomeView(AccountService accounts, Clock clock, ScreeningService screening, MemberProgressService progress,
                   FirstRunTourService tours) {
        this.screening = screening;
        addClassName("page");
        setId("member-home");
        AccountProfile me = accounts.requireCurrentProfile();
        int hour = ZonedDateTime.now(clock.withZone(me.zone())).getHour();
        String greeting = hour < 12 ? "home.greeting.morning" : hour < 18 ? "home.greeting.afternoon" : "home.greeting.evening";
        add(new H2(getTranslation(greeting, firstName(me.displayName()))));
        FirstRunTourCard.of(tours).ifPresent(this::add);
        add(org.upright.portal.base.ui.MessagesCard.create());
        CheckpointCard.of(progress, me.id()).ifPresent(this::add);
        add(TodayCard.create());
        add(org.upright.portal.base.ui.CheckInCard.create());

        Div coach = new Div();
        coach.addClassName("card");
        coach.add(new Paragraph(me.coachName() == null
                ? getTranslation("home.coach.none")
                : getTranslation("home.coach.named", me.coachName())));
        add(coach);
        add(new org.upright.portal.base.ui.ReadNextCard());
        add(new org.upright.portal.base.ui.InstallAppCard());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }

    /** A member without a valid screening (first sign-in, 90 days, new program or symptom) answers it first. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ScreeningGate.check(event, screening);
    }

    static String firstName(String displayName) {
        String trimmed = displayName.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
