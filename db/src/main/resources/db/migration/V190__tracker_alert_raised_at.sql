-- The coach's daily digest (issue L) lists the urgent alerts that are new since the last one, so an
-- alert needs the moment it was raised. The client list rewrites a member's alerts on every write;
-- ClientProgressTable carries raised_at over for an alert of the same kind that was already open at
-- the same or a higher severity, and gives a new one (or one that got more severe, or came back
-- after a coach marked it seen) the current time. Rows present now count as raised at migration.
alter table client_progress_alert add column raised_at timestamptz not null default now();

-- The digest's scan: a coach's open urgent alerts by the moment they were raised.
create index client_progress_alert_raised on client_progress_alert (coach_id, raised_at)
    where not seen and severity = 0;
