package org.upright.tracker.alert;

/** Why a member may need their coach's attention (see {@code ProgressRules} for each rule). */
public enum AlertKind {
    /** a "yes" in the safety screening that neither the coach nor a clinician visit has cleared (first in triage) */
    SCREENING_RED_FLAG,
    /** {@value org.upright.tracker.progress.ProgressRules#HIGH_PAIN_RUN_DAYS} or more rated days in a row at 7 or higher (one unrated day does not break the run) */
    HIGH_PAIN_RUN,
    /** a single 10/10, or a rating 3 points or more above the 7 days before it */
    PAIN_SPIKE,
    /** current pain at least 2 points above a baseline, and a clinically important change */
    WORSENING,
    /** a session after which pain was 2 points or more higher than before it */
    SESSION_PAIN_RISE,
    /** in a running program, but no rating and no session for several days */
    INACTIVE,
    /** at the checkpoint (program weeks 4 to 6, or its end), pain has not clearly improved since the program started */
    NO_IMPROVEMENT
}
