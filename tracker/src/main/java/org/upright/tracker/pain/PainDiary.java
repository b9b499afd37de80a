package org.upright.tracker.pain;

import org.upright.kernel.member.MemberAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.upright.kernel.Roles;
import org.springframework.stereotype.Service;
import org.upright.tracker.pain.PainRating;
import org.upright.tracker.pain.PainRatingInput;
import org.upright.tracker.pain.PainRatingService;
import org.upright.tracker.shared.MemberCalendar;
import org.upright.kernel.validation.InvalidInputException;

import java.time.LocalDate;
import java.util.Optional;

/** The signed-in member's own ratings: only members write, and only their own diary. */
@Service
@PreAuthorize(Roles.IS_MEMBER)
public class PainDiary {

    private final MemberAccess access;
    private final PainRatingService ratings;
    private final MemberCalendar calendar;

    PainDiary(MemberAccess access, PainRatingService ratings, MemberCalendar calendar) {
        this.access = access;
        this.ratings = ratings;
        this.calendar = calendar;
    }

    /** Saves (or replaces) a rating; refuses bad input with {@link InvalidInputException}. */
    public PainRating save(PainRatingInput input) {
        return ratings.save(access.requireCurrentMember().id(), input);
    }

    public Optional<PainRating> today() {
        return ratings.today(access.requireCurrentMember().id());
    }

    public Optional<PainRating> find(LocalDate day) {
        return ratings.find(access.requireCurrentMember().id(), day);
    }

    public LocalDate todaysDate() {
        return calendar.today(access.requireCurrentMember().id());
    }

    /** The oldest day that can still be added or changed. */
    public LocalDate oldestEditableDay() {
        return ratings.oldestEditableDay(access.requireCurrentMember().id());
    }
}
