-- The coach's client list, precomputed: one row per member with what the grid shows (the progress
-- rules applied as of the member's own today), kept by the tracker in the transaction of every
-- rating, session, enrollment, screening or "seen" write, recomputed when the member's local day
-- changes (a once-per-cluster job) and at start-up when the rules changed (rules_version). A page of
-- the list is then one index range scan of (coach_id, sort key), whatever the sort: no metric is
-- computed while a coach waits. Names, usernames, coach and time zone are copies the accounts
-- module sends (MemberChanged events); sort and filter keys are lower-cased in Java.
create table client_progress (
    member_id         bigint primary key references account (id) on delete cascade,
    coach_id          bigint,
    display_name      varchar(120) not null,
    name_key          varchar(120) not null,
    username          varchar(64)  not null,
    username_key      varchar(64)  not null,
    time_zone         varchar(64)  not null,
    -- the member's today when the numbers below were computed; null until they first are
    computed_for      date,
    rules_version     varchar(32),
    program_id        bigint,
    program_title     varchar(120),
    program_key       varchar(120),
    program_day       integer,
    program_days      integer,
    program_finished  boolean not null default false,
    last_rating_day   date,
    last_rating_score smallint,
    baseline          double precision,
    current_mean      double precision,
    change_label      varchar(16),
    change_points     double precision,
    stale             boolean not null default false,
    planned7          integer not null default 0,
    done7             integer not null default 0,
    planned28         integer not null default 0,
    done28            integer not null default 0,
    -- done / planned, null when nothing was planned (sorts last)
    adherence7        double precision,
    adherence28       double precision,
    last_active       date,
    -- higher for a more severe first open alert, then more open alerts; null without open alerts
    alert_rank        integer,
    open_alerts       integer not null default 0
);

-- One index per sort key and direction (missing values last either way; then name, then id), so a
-- page in any sort is the first rows of one range scan.
create index client_progress_name_asc on client_progress (coach_id, name_key, member_id);
create index client_progress_name_desc on client_progress (coach_id, name_key desc nulls last, member_id);
create index client_progress_program_asc on client_progress (coach_id, program_key, program_day, name_key, member_id);
create index client_progress_program_desc on client_progress (coach_id, program_key desc nulls last, program_day desc nulls last, name_key, member_id);
create index client_progress_score_asc on client_progress (coach_id, last_rating_score, name_key, member_id);
create index client_progress_score_desc on client_progress (coach_id, last_rating_score desc nulls last, name_key, member_id);
create index client_progress_rated_asc on client_progress (coach_id, last_rating_day, name_key, member_id);
create index client_progress_rated_desc on client_progress (coach_id, last_rating_day desc nulls last, name_key, member_id);
create index client_progress_change_asc on client_progress (coach_id, change_points, name_key, member_id);
create index client_progress_change_desc on client_progress (coach_id, change_points desc nulls last, name_key, member_id);
create index client_progress_adherence7_asc on client_progress (coach_id, adherence7, name_key, member_id);
create index client_progress_adherence7_desc on client_progress (coach_id, adherence7 desc nulls last, name_key, member_id);
create index client_progress_adherence28_asc on client_progress (coach_id, adherence28, name_key, member_id);
create index client_progress_adherence28_desc on client_progress (coach_id, adherence28 desc nulls last, name_key, member_id);
create index client_progress_active_asc on client_progress (coach_id, last_active, name_key, member_id);
create index client_progress_active_desc on client_progress (coach_id, last_active desc nulls last, name_key, member_id);
create index client_progress_alerts_asc on client_progress (coach_id, alert_rank, name_key, member_id);
create index client_progress_alerts_desc on client_progress (coach_id, alert_rank desc nulls last, name_key, member_id);

-- The alerts of each row (seen ones too, for the client's page), in triage order per member
-- (position). Open ones, across a coach's clients in triage order, are the triage queue: coach and
-- name are copied here so that queue is one range scan of the partial index.
create table client_progress_alert (
    member_id    bigint       not null references client_progress (member_id) on delete cascade,
    position     smallint     not null,
    coach_id     bigint,
    display_name varchar(120) not null,
    name_key     varchar(120) not null,
    kind         varchar(20)  not null,
    kind_rank    smallint     not null,
    severity     smallint     not null,
    from_day     date,
    to_day       date,
    description  varchar(1000) not null,
    magnitude    double precision not null,
    episode      date,
    seen         boolean      not null,
    primary key (member_id, position)
);

create index client_progress_alert_triage on client_progress_alert
    (coach_id, severity, kind_rank, magnitude desc, name_key, member_id) where not seen;
