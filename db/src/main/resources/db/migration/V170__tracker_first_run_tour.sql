-- Issue 16 (first-run tour): a new member is walked through the safety questions, a program, a
-- daily reminder and the first check-in. The steps' progress is read from what the member has
-- done; this table only remembers that the tour was skipped or seen finished, so it is shown once.
-- Owned by the tracker (onboarding).
create table first_run_tour (
    member_id    bigint      primary key references account (id),
    skipped_at   timestamptz,
    finished_at  timestamptz,
    constraint first_run_tour_ended_ck check (skipped_at is not null or finished_at is not null)
);

-- members who were already using Upright when the tour arrived do not get it
insert into first_run_tour (member_id, finished_at)
select id, now() from account where role = 'MEMBER';
