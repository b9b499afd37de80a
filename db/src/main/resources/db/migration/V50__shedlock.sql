-- Scheduled jobs (e.g. the clean-up of expired password links) must run on one node at a time
-- when the portal runs on several: ShedLock keeps one row per job here, holding who runs it and
-- until when. Times come from the database (the nodes' clocks may differ).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
