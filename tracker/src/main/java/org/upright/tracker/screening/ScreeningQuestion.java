package org.upright.tracker.screening;

/**
 * The screening questions, in Upright's own words: back-pain red flags in the spirit of NICE
 * NG59 and the NHS CKS red-flag list, and a block on the heart and the aorta for pain between
 * the shoulder blades. Each "yes" carries the advice shown for it.
 */
public enum ScreeningQuestion {
    BLADDER_BOWEL(Group.RED_FLAG, Advice.EMERGENCY,
            "Have you noticed a change in how your bladder or bowel works, or numbness around your bottom or between your legs?"),
    LEG_WEAKNESS(Group.RED_FLAG, Advice.EMERGENCY,
            "Are your legs getting weaker, or is it getting harder to walk or stand on your toes or heels?"),
    FEVER_UNWELL(Group.RED_FLAG, Advice.CLINICIAN_BEFORE_EXERCISE,
            "Do you have a fever, chills, or feel generally unwell along with the back pain?"),
    WEIGHT_LOSS(Group.RED_FLAG, Advice.CLINICIAN_BEFORE_EXERCISE,
            "Have you lost weight recently without trying?"),
    CANCER_HISTORY(Group.RED_FLAG, Advice.CLINICIAN_BEFORE_EXERCISE,
            "Have you ever had cancer?"),
    TRAUMA(Group.RED_FLAG, Advice.CLINICIAN_BEFORE_EXERCISE,
            "Did the pain start after a fall, an accident or a hard blow?"),
    NIGHT_PAIN(Group.RED_FLAG, Advice.CLINICIAN_BEFORE_EXERCISE,
            "Is the pain there all the time at night, whatever position you lie in?"),
    AGE_NEW_PAIN(Group.RED_FLAG, Advice.CLINICIAN_SOON,
            "Are you under 20 or over 50, and is this back pain new for you?"),
    STEROIDS_OSTEOPOROSIS(Group.RED_FLAG, Advice.CLINICIAN_SOON,
            "Do you take steroid tablets regularly, or have you been told you have osteoporosis (thin bones)?"),
    INJECTED_DRUGS(Group.RED_FLAG, Advice.CLINICIAN_BEFORE_EXERCISE,
            "Have you ever injected drugs?"),
    CHEST_PAIN(Group.HEART, Advice.EMERGENCY,
            "Do you have pain, pressure or tightness in your chest?"),
    BREATHLESS(Group.HEART, Advice.EMERGENCY,
            "Are you short of breath for no clear reason?"),
    SWEATING(Group.HEART, Advice.EMERGENCY,
            "Are you sweating, clammy or feeling faint along with the pain?"),
    JAW_ARM(Group.HEART, Advice.EMERGENCY,
            "Does the pain spread into your jaw, neck or left arm?"),
    TEARING_PAIN(Group.HEART, Advice.EMERGENCY,
            "Did a sudden, severe, tearing or ripping pain start between your shoulder blades?");

    /** The two blocks of the form. */
    public enum Group {
        RED_FLAG("About your back pain"),
        HEART("If the pain is in your mid-back or between the shoulder blades");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final Group group;
    private final Advice advice;
    private final String text;

    ScreeningQuestion(Group group, Advice advice, String text) {
        this.group = group;
        this.advice = advice;
        this.text = text;
    }

    public Group group() {
        return group;
    }

    public Advice advice() {
        return advice;
    }

    public String text() {
        return text;
    }
}
