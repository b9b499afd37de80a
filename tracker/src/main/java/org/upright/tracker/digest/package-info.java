/**
 * The coach's daily digest (issue L): a coach who switched it on gets one mail a day at a fixed
 * local time listing their clients' urgent alerts raised since the last digest, and none when
 * there are none. The alerts come from the client list ({@code cohort}); the setting and what was
 * sent live in {@code coach_digest_setting} (V191).
 */
package org.upright.tracker.digest;
