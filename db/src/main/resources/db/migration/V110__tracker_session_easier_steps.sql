-- Issue 11 (graded effort): the member may do any step of a routine in its easier version (the
-- timer's "Easier version" toggle); which steps were done easier is kept with the session, in step
-- order, so the coach sees "2 of 5 steps easier". Null for sessions recorded before the timer
-- offered the choice (and for generated demo history); when present, one entry per step, no nulls.
alter table completed_session
    add column step_easier boolean[],
    add constraint completed_session_easier_ck check (
        step_easier is null
        or (cardinality(step_easier) = steps_total and array_position(step_easier, null) is null));
