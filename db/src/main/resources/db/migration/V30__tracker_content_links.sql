-- Tracker rows point at content by id; now that both live in one schema, let the database keep them honest.
-- A session keeps the exact routine version it ran (versions are never deleted).
alter table enrollment
    add constraint enrollment_program_fk foreign key (program_id) references program (id);
alter table completed_session
    add constraint completed_session_routine_version_fk
        foreign key (routine_id, routine_version) references routine_version (routine_id, version_number);
