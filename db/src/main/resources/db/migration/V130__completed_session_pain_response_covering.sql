-- Pain response per routine (PainResponseService) reads a member's sessions with pain before and
-- after, newest first per routine. With the index on (member_id, routine_id, finished_at desc) alone
-- each of those sessions was a heap page read (bench, 5 M sessions: ~200 random pages, 7-10 ms, 15-22
-- ms p95). The same index carrying the values the statement reads answers it from the index alone
-- (index-only scan; the version, the two pain scores): issue 14 measured 0.24 / 0.39 ms. It keeps its
-- name and order, so the latest rated session of a routine (CompletedSessionService) still uses it.
drop index completed_session_member_routine_idx;
create index completed_session_member_routine_idx on completed_session (member_id, routine_id, finished_at desc)
    include (routine_version, pain_before, pain_after);
