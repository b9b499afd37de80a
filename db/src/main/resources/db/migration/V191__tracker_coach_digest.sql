-- The coach's daily digest (issue L): one row per coach who switched it on (opt-in). A job sends
-- each coach one mail a day at send_at in their time zone (a copy of the account's, refreshed
-- when the digest is sent) listing their clients' urgent alerts raised after alerts_since; nothing
-- when there are none. last_sent_on (the coach's local day) makes "once a day" one atomic update
-- across nodes, like reminder_setting.
create table coach_digest_setting (
    coach_id      bigint primary key references account (id) on delete cascade,
    enabled       boolean     not null default true,
    send_at       time        not null default '07:00',
    time_zone     varchar(64) not null,
    alerts_since  timestamptz not null,
    last_sent_on  date,
    last_sent_at  timestamptz,
    updated_at    timestamptz not null default now()
);

create index coach_digest_setting_due_idx on coach_digest_setting (send_at) where enabled;
