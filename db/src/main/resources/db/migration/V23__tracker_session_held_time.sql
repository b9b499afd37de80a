-- How long a session's holds really ran. A routine tapped through with Skip in seconds used to be
-- stored as complete; now the timer reports the seconds actually held per step, a step counts as
-- done only when more than half of its planned hold ran, and the coach sees held vs planned time.
-- Null for sessions recorded before the timer measured it (and for generated demo history).
alter table completed_session
    add column hold_seconds_planned integer,
    add column hold_seconds_held    integer,
    -- seconds held per step, in step order (same length as steps_total)
    add column step_hold_seconds    integer[],
    add constraint completed_session_hold_ck check (
        (hold_seconds_held is null or hold_seconds_held >= 0)
        and (hold_seconds_planned is null or hold_seconds_planned >= 0)
        and (step_hold_seconds is null or cardinality(step_hold_seconds) = steps_total));
