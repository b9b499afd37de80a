package org.upright.tracker.screening;

import org.upright.kernel.i18n.Wording;

/**
 * The screening questions, in Upright's own words: back-pain red flags in the spirit of NICE
 * NG59 and the NHS CKS red-flag list, and a block on the heart and the aorta for pain between
 * the shoulder blades. Each "yes" carries the advice shown for it. The words are in the tracker
 * bundle ({@code tracker.screening.q.<NAME>}), the short name a coach's alert lists in
 * {@code tracker.screening.short.<NAME>}.
 */
public enum ScreeningQuestion {
    BLADDER_BOWEL(Group.RED_FLAG, Advice.EMERGENCY),
    LEG_WEAKNESS(Group.RED_FLAG, Advice.EMERGENCY),
    FEVER_UNWELL(Group.RED_FLAG, Advice.CLINICIAN_BEFORE_EXERCISE),
    WEIGHT_LOSS(Group.RED_FLAG, Advice.CLINICIAN_BEFORE_EXERCISE),
    CANCER_HISTORY(Group.RED_FLAG, Advice.CLINICIAN_BEFORE_EXERCISE),
    TRAUMA(Group.RED_FLAG, Advice.CLINICIAN_BEFORE_EXERCISE),
    NIGHT_PAIN(Group.RED_FLAG, Advice.CLINICIAN_BEFORE_EXERCISE),
    AGE_NEW_PAIN(Group.RED_FLAG, Advice.CLINICIAN_SOON),
    STEROIDS_OSTEOPOROSIS(Group.RED_FLAG, Advice.CLINICIAN_SOON),
    INJECTED_DRUGS(Group.RED_FLAG, Advice.CLINICIAN_BEFORE_EXERCISE),
    CHEST_PAIN(Group.HEART, Advice.EMERGENCY),
    BREATHLESS(Group.HEART, Advice.EMERGENCY),
    SWEATING(Group.HEART, Advice.EMERGENCY),
    JAW_ARM(Group.HEART, Advice.EMERGENCY),
    TEARING_PAIN(Group.HEART, Advice.EMERGENCY);

    /** The two blocks of the form. */
    public enum Group {
        RED_FLAG, HEART;

        public String title() {
            return Wording.text("tracker.screening.group." + name());
        }
    }

    private final Group group;
    private final Advice advice;

    ScreeningQuestion(Group group, Advice advice) {
        this.group = group;
        this.advice = advice;
    }

    public Group group() {
        return group;
    }

    public Advice advice() {
        return advice;
    }

    /** The question in the reader's language. */
    public String text() {
        return Wording.text("tracker.screening.q." + name());
    }

    /** The key of the question's short name ("bladder bowel"), as a coach's alert lists it. */
    public String shortKey() {
        return "tracker.screening.short." + name();
    }
}
