-- Sign-in throttling (issue 13): failed sign-ins counted per key ("account:<lower username>" or
-- "address:<client address>"). Kept in the database so a restart does not forgive an attacker
-- and every node of the portal sees the same counts. One row per key, updated atomically with
-- an upsert; a key whose last failure (or lock) is older than the window starts again at zero.
create table sign_in_throttle (
    throttle_key     varchar(200) primary key,
    failures         integer      not null check (failures > 0),
    last_failure_at  timestamptz  not null,
    locked_until     timestamptz
);

-- lets a clean-up remove rows nobody has touched for a long time
create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure_at);
