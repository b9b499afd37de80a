package org.upright.tracker.progress;

/** Why a member may need their coach's attention. */
public enum AlertKind {
    /** current pain is higher than the baseline by the MCID or more */
    WORSENING,
    /** {@value AlertService#HIGH_PAIN_RUN_DAYS} or more days in a row rated {@value AlertService#HIGH_PAIN_SCORE} or higher */
    HIGH_PAIN_RUN,
    /** enrolled, but no rating and no session for {@value AlertService#INACTIVE_DAYS} days or more */
    INACTIVE
}
