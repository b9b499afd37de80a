-- Daily reminders as web push notifications (issue [L] Reminders). A member's browsers each
-- register one push subscription (the push service's endpoint and the browser's keys, RFC 8291);
-- the reminder job sends to all of a member's subscriptions and deletes one the push service
-- answers 404/410 for. language is the portal's language on that device when it subscribed, so
-- the notification is worded as the member reads the portal there.
create table push_subscription (
    id         bigint generated always as identity primary key,
    member_id  bigint        not null references account (id) on delete cascade,
    endpoint   varchar(2048) not null,
    p256dh     varchar(128)  not null,
    auth       varchar(64)   not null,
    language   varchar(8)    not null default 'en',
    created_at timestamptz   not null default now(),
    constraint push_subscription_endpoint_uq unique (endpoint)
);

create index push_subscription_member_idx on push_subscription (member_id);

-- The portal's VAPID key pair (RFC 8292) when none is configured (upright.push.public-key and
-- private-key): made once by the first node that needs it and read by every other, so all nodes
-- sign with the one key the browsers subscribed with. At most one row.
create table push_server_key (
    id          smallint primary key default 1,
    public_key  varchar(128) not null,
    private_key varchar(128) not null,
    created_at  timestamptz  not null default now(),
    constraint push_server_key_one_ck check (id = 1)
);

-- The reminder's channel: e-mail, push or both.
alter table reminder_setting drop constraint reminder_setting_channel_ck;
alter table reminder_setting add constraint reminder_setting_channel_ck check (channel in ('EMAIL', 'PUSH', 'BOTH'));
