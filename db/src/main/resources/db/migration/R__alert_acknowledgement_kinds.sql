-- The alert kinds a coach can mark seen (repeatable: it must run after V43, which creates the
-- table, and the version numbers free for this change all sort before 43; it is idempotent).
-- New: PAIN_SPIKE (a single very high rating, or a jump over the week before) and
-- SESSION_PAIN_RISE (a session after which pain was clearly higher).
-- episode_start names the last day the coach saw for moving alerts: for WORSENING the last
-- rated day of the current period, for HIGH_PAIN_RUN the run's last high day (a later, higher
-- rating re-opens it); for PAIN_SPIKE and SESSION_PAIN_RISE their day; for INACTIVE the first
-- quiet day; for NO_IMPROVEMENT (no clear improvement at the program's checkpoint, issue 11) the
-- day the checkpoint opened. Older rows keep meaning "seen up to that day", which reads the same way.
alter table alert_acknowledgement drop constraint if exists alert_acknowledgement_kind_ck;
alter table alert_acknowledgement add constraint alert_acknowledgement_kind_ck
    check (kind in ('WORSENING', 'HIGH_PAIN_RUN', 'PAIN_SPIKE', 'SESSION_PAIN_RISE', 'INACTIVE', 'NO_IMPROVEMENT'));
