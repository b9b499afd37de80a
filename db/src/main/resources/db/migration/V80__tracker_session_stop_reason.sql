-- Issue 11 (safe to exercise): a member who stops a routine early says why (pain, too tired, no
-- time, other, with an optional few words), so the coach can tell a routine that hurts from a busy
-- day. Null for sessions run to the end and for those stopped before the timer asked.
alter table completed_session
    add column stop_reason varchar(10),
    add column stop_note   varchar(200),
    add constraint completed_session_stop_ck check (
        (stop_reason is null or stop_reason in ('PAIN', 'TIRED', 'NO_TIME', 'OTHER'))
        and (stop_note is null or stop_reason is not null));
