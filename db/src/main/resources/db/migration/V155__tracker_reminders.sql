-- Daily reminders (issue 16): one row per member who chose a time. The job finds members due now
-- in SQL, so the member's time zone is a copy the accounts module sends (MemberChanged), like the
-- client list's. last_sent_on (the member's local day) makes "never twice a day" one atomic
-- update; ignored_in_row counts reminders sent since the member last came back (signed in or
-- checked in): at 5 the member hears nothing more until they return.
create table reminder_setting (
    member_id       bigint primary key references account (id) on delete cascade,
    remind_at       time,
    channel         varchar(8)  not null default 'EMAIL',
    skip_rest_days  boolean     not null default false,
    time_zone       varchar(64) not null,
    member_enabled  boolean     not null default true,
    last_sent_on    date,
    last_sent_at    timestamptz,
    ignored_in_row  integer     not null default 0,
    updated_at      timestamptz not null default now(),
    constraint reminder_setting_channel_ck check (channel in ('EMAIL')),
    constraint reminder_setting_ignored_ck check (ignored_in_row >= 0)
);

-- The job's scan: only members who chose a time (quiet ones too: a check-in wakes them).
create index reminder_setting_due_idx on reminder_setting (remind_at) where remind_at is not null;
