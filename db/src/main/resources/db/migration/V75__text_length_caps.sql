-- Issue 13: every text the portal stores has a length cap in the database as well as in the
-- service that validates it (which gives the field message). Most columns already had one
-- (varchar(n)); these did not. The numbers are the services' caps; TextCapsAgreeTest (portal-ui)
-- compares the two, TextColumnCapsTest (db) fails on any text column of any table without a cap.
--
-- NOT VALID: new and changed rows are checked from now on, rows written before are not re-read,
-- so an install holding an older over-long row (possible only for audit details, which had no
-- cap) still starts.

-- the longest element of a text array (0 for an empty one), for caps on array columns
create function text_array_longest(items text[]) returns integer
    language sql immutable strict parallel safe
    return (select coalesce(max(char_length(item)), 0) from unnest(items) as item);

-- ArticleDraft: body at most 100 000 characters; at most 12 tags of at most 40 characters
alter table article
    add constraint article_body_length_ck check (char_length(body) <= 100000) not valid,
    add constraint article_tags_length_ck check (cardinality(tags) <= 12 and text_array_longest(tags) <= 40) not valid;

-- RoutineStep: instructions at most 2 000 characters (working copy and published snapshots)
alter table routine_step
    add constraint routine_step_instructions_length_ck check (char_length(instructions) <= 2000) not valid;
alter table routine_version_step
    add constraint routine_version_step_instructions_length_ck check (char_length(instructions) <= 2000) not valid;

-- body areas (the BodyArea names, at most 16 characters each, each at most once)
alter table routine
    add constraint routine_areas_length_ck check (cardinality(areas) <= 8 and text_array_longest(areas) <= 16) not valid;
alter table routine_version
    add constraint routine_version_areas_length_ck
        check (cardinality(areas) <= 8 and text_array_longest(areas) <= 16) not valid;
alter table pain_rating
    add constraint pain_rating_areas_length_ck check (cardinality(body_areas) <= 8) not valid;

-- audit details are written by the portal itself (AuditEvent shortens them to this length)
alter table audit_event
    add constraint audit_event_details_length_ck check (char_length(details) <= 2000) not valid;

-- one true/false per screening question (a few hundred characters today)
alter table screening
    add constraint screening_answers_length_ck check (char_length(answers::text) <= 4000) not valid;
