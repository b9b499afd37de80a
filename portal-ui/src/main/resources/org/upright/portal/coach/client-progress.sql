-- Progress of every client of one coach, as of each client's own today, in one statement.
-- Each CTE reads only the coach's clients' rows through the (member_id, day) indexes; the
-- rules mirror the tracker's per-member services (PainTrendService, AdherenceService,
-- AlertService), which the tests compare against. Callers append a select from client_rows.
-- Parameters: :coach, :now (the application clock), :text (LIKE pattern or null), :member (one client or null),
-- :window (7), :min_days (3), :fallback_days (90), :mcid_points, :mcid_fraction,
-- :high_score, :high_run_days, :high_lookback_days, :inactive_days, :worsening_quiet_days.
with clients as (
    select a.id, a.username, a.display_name,
           cast(cast(:now as timestamptz) at time zone a.time_zone as date) as today
    from account a
    where a.coach_id = :coach and a.role = 'MEMBER' and (cast(:member as bigint) is null or a.id = :member)
      and (cast(:text as text) is null
           or lower(a.display_name) like :text escape '\' or lower(a.username) like :text escape '\')
), enrolled as (
    select c.id as member_id, e.program_id, e.start_date, p.title as program_title, p.weeks,
           c.today - e.start_date + 1 as program_day
    from clients c
    join enrollment e on e.member_id = c.id and e.ended_on is null
    left join program p on p.id = e.program_id
), last_rating as (
    select c.id as member_id, r.day, r.score
    from clients c
    cross join lateral (select day, score from pain_rating
                        where member_id = c.id and day <= c.today order by day desc limit 1) r
), rated as (
    -- the baseline counts from the enrollment's start, or over the last :fallback_days days
    select r.member_id, r.day, r.score,
           row_number() over w as nth_first,
           count(*) over (partition by r.member_id) - row_number() over w + 1 as nth_last
    from clients c
    left join enrolled e on e.member_id = c.id and e.start_date <= c.today
    join pain_rating r on r.member_id = c.id
         and r.day between coalesce(e.start_date, c.today - (cast(:fallback_days as integer) - 1)) and c.today
    window w as (partition by r.member_id order by r.day)
), means as (
    select member_id,
           count(*) filter (where nth_first <= :window) as baseline_days,
           avg(score) filter (where nth_first <= :window) as baseline,
           count(*) filter (where nth_last <= :window and nth_first > :window) as current_days,
           avg(score) filter (where nth_last <= :window and nth_first > :window) as current,
           min(day) filter (where nth_last <= :window and nth_first > :window) as current_from
    from rated group by member_id
), comparison as (
    select member_id, cast(baseline as double precision) as baseline, cast(current as double precision) as current,
           current_from,
           case when current = baseline then 'NO_CLEAR_CHANGE'
                when abs(current - baseline) + 1e-9 >= :mcid_points
                  or (baseline > 0 and abs(current - baseline) / baseline + 1e-9 >= :mcid_fraction)
                then case when current < baseline then 'IMPROVED' else 'WORSENED' end
                else 'NO_CLEAR_CHANGE' end as label
    from means
    where baseline_days >= :min_days and current_days >= :min_days
), planned as (
    -- each (day, routine) the program plans in the last 28 days, with how often: the program
    -- days of that window are one range of the schedule's primary key; like the tracker, only a
    -- published program plans anything
    select e.member_id, e.start_date + s.day_number - 1 as day, s.routine_id, count(*) as planned_n
    from enrolled e
    join clients c on c.id = e.member_id
    join program p on p.id = e.program_id and p.status = 'PUBLISHED'
    join program_schedule s on s.program_id = e.program_id
         and s.day_number between greatest(e.start_date, c.today - 27) - e.start_date + 1
                              and least(c.today - e.start_date + 1, e.weeks * 7)
    group by e.member_id, e.start_date + s.day_number - 1, s.routine_id
), done as (
    select s.member_id, s.day, s.routine_id, count(*) as done_n
    from clients c
    join completed_session s on s.member_id = c.id and s.day between c.today - 27 and c.today
    group by s.member_id, s.day, s.routine_id
), adherence as (
    -- a planned slot counts as done when a session of that routine was recorded that day
    select p.member_id,
           coalesce(sum(p.planned_n) filter (where p.day >= c.today - 6), 0) as planned_7,
           coalesce(sum(least(p.planned_n, coalesce(d.done_n, 0))) filter (where p.day >= c.today - 6), 0) as done_7,
           sum(p.planned_n) as planned_28,
           sum(least(p.planned_n, coalesce(d.done_n, 0))) as done_28
    from planned p
    join clients c on c.id = p.member_id
    left join done d on d.member_id = p.member_id and d.day = p.day and d.routine_id = p.routine_id
    group by p.member_id
), activity as (
    select c.id as member_id,
           greatest((select max(day) from pain_rating where member_id = c.id and day <= c.today),
                    (select max(day) from completed_session where member_id = c.id and day <= c.today)) as last_active
    from clients c
), high as (
    select r.member_id, r.day,
           r.day - cast(row_number() over (partition by r.member_id order by r.day) as integer) as island
    from clients c
    join pain_rating r on r.member_id = c.id and r.score >= :high_score
         and r.day between c.today - (cast(:high_lookback_days as integer) - 1) and c.today
), high_run as (
    -- the latest run of :high_run_days or more high days in a row
    select distinct on (member_id) member_id, min(day) as run_from, max(day) as run_to, count(*) as run_days
    from high group by member_id, island
    having count(*) >= :high_run_days
    order by member_id, max(day) desc
), inactive as (
    select e.member_id, q.quiet_since + 1 as quiet_from, c.today - q.quiet_since as quiet_days,
           a.last_active is null as never_active
    from enrolled e
    join clients c on c.id = e.member_id
    join activity a on a.member_id = e.member_id
    -- days before the enrollment started do not count as missed
    cross join lateral (select case when a.last_active is null or a.last_active < e.start_date - 1
                                    then e.start_date - 1 else a.last_active end as quiet_since) q
    where e.start_date <= c.today and c.today - q.quiet_since >= :inactive_days
), client_rows as (
    select c.id as member_id, c.username, c.display_name, c.today,
           e.program_id, e.program_title, e.program_day, e.weeks * 7 as program_days,
           lr.day as last_rating_day, lr.score as last_rating_score,
           cmp.baseline, cmp.current, cmp.current_from, cmp.label,
           coalesce(ad.planned_7, 0) as planned_7, coalesce(ad.done_7, 0) as done_7,
           coalesce(ad.planned_28, 0) as planned_28, coalesce(ad.done_28, 0) as done_28,
           act.last_active,
           hr.run_from, hr.run_to, hr.run_days,
           ina.quiet_from, ina.quiet_days, ina.never_active,
           (coalesce(cmp.label = 'WORSENED', false) and not exists (
                select 1 from alert_acknowledgement k where k.member_id = c.id and k.kind = 'WORSENING'
                  and k.episode_start > c.today - cast(:worsening_quiet_days as integer))) as worsening_open,
           (hr.run_from is not null and not exists (
                select 1 from alert_acknowledgement k where k.member_id = c.id and k.kind = 'HIGH_PAIN_RUN'
                  and k.episode_start = hr.run_from)) as high_run_open,
           (ina.quiet_from is not null and not exists (
                select 1 from alert_acknowledgement k where k.member_id = c.id and k.kind = 'INACTIVE'
                  and k.episode_start = ina.quiet_from)) as inactive_open
    from clients c
    left join enrolled e on e.member_id = c.id
    left join last_rating lr on lr.member_id = c.id
    left join comparison cmp on cmp.member_id = c.id
    left join adherence ad on ad.member_id = c.id
    left join activity act on act.member_id = c.id
    left join high_run hr on hr.member_id = c.id
    left join inactive ina on ina.member_id = c.id
)
