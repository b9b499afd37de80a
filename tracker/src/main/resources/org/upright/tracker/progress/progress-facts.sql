-- The facts the progress rules (ProgressRules) need, per member as of that member's today, for
-- one member (their own pages) or all of a coach's clients (the grid): one statement either way,
-- so both read the same rows. Each part is a short range scan of a (member_id, day) index and
-- comes back aggregated into arrays: at most a few dozen values per member, never a history.
-- Days in arrays are offsets from the member's today (integers decode far faster than dates).
-- Members and their days come in as arrays (no optional filters, so a cached generic plan is the
-- custom plan). Only tracker tables are read; names and time zones come from MemberDirectory.
-- Parameters: :ids (bigint[] text), :todays (date[] text), :window, :recent_days, :adherence_days,
-- :lookback_days, :rise_points, :high_after (the two numbers of ProgressRules.badSessionResponse).
with m as (
    select member_id, today from unnest(cast(:ids as bigint[]), cast(:todays as date[])) as m(member_id, today)
)
select m.member_id, m.today, e.program_id, e.start_date,
       f.days as first_days, f.scores as first_scores,
       p.days as program_days, p.scores as program_scores,
       l.days as last_days, l.scores as last_scores,
       r.days as recent_days, r.scores as recent_scores,
       greatest((select max(day) from pain_rating where member_id = m.member_id and day <= m.today),
                (select max(day) from completed_session where member_id = m.member_id and day <= m.today)) as last_active,
       d.days as done_days, d.routines as done_routines, d.counts as done_counts,
       s.day as rise_day, s.routine_id as rise_routine, s.pain_before as rise_before, s.pain_after as rise_after,
       k.kinds as seen_kinds, k.episodes as seen_episodes
from m
left join enrollment e on e.member_id = m.member_id and e.ended_on is null
left join lateral (
    select array_agg(x.day - m.today order by x.day) as days, array_agg(cast(x.score as integer) order by x.day) as scores
    from (select day, score from pain_rating where member_id = m.member_id and day <= m.today
          order by day limit :window) x) f on true
left join lateral (
    select array_agg(x.day - m.today order by x.day) as days, array_agg(cast(x.score as integer) order by x.day) as scores
    from (select day, score from pain_rating where member_id = m.member_id and day between e.start_date and m.today
          order by day limit :window) x) p on true
left join lateral (
    select array_agg(x.day - m.today order by x.day) as days, array_agg(cast(x.score as integer) order by x.day) as scores
    from (select day, score from pain_rating where member_id = m.member_id and day <= m.today
          order by day desc limit :window) x) l on true
left join lateral (
    select array_agg(day - m.today order by day) as days, array_agg(cast(score as integer) order by day) as scores
    from pain_rating
    where member_id = m.member_id and day between m.today - (cast(:recent_days as integer) - 1) and m.today) r on true
left join lateral (
    select array_agg(x.day - m.today) as days, array_agg(x.routine_id) as routines, array_agg(x.n) as counts
    from (select day, routine_id, cast(count(*) as integer) as n from completed_session
          where member_id = m.member_id and day between m.today - (cast(:adherence_days as integer) - 1) and m.today
          group by day, routine_id) x) d on true
left join lateral (
    select day, routine_id, cast(pain_before as integer) as pain_before, cast(pain_after as integer) as pain_after
    from completed_session
    where member_id = m.member_id and day between m.today - (cast(:lookback_days as integer) - 1) and m.today
      and (pain_after - pain_before >= :rise_points or pain_after >= :high_after)
    order by day desc, finished_at desc limit 1) s on true
left join lateral (
    select array_agg(x.kind) as kinds, array_agg(x.episode_start - m.today) as episodes
    from (select distinct on (kind) kind, episode_start from alert_acknowledgement
          where member_id = m.member_id order by kind, episode_start desc) x) k on true
order by m.member_id
