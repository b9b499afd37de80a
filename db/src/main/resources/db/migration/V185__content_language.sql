-- Two languages (issue [L]): every article, routine and program is written in one language (the
-- codes of org.upright.kernel.i18n.Language; a new language adds its code to the checks), English
-- for everything written so far. A non-English item may be the translation of an English item of
-- its kind (translation_of), so members' lists show each topic once: in the member's language
-- where it exists, otherwise in English. At most one translation per English item and language.
-- Slugs stay unique across languages (a translation has its own slug).
alter table article
    add column language        varchar(2) not null default 'en',
    add column translation_of  bigint references article (id) on delete set null,
    add constraint article_language_ck check (language in ('en', 'de')),
    add constraint article_translation_of_ck check (translation_of is null or (language <> 'en' and translation_of <> id));
create unique index article_translation_uq on article (translation_of, language) where translation_of is not null;

alter table routine
    add column language        varchar(2) not null default 'en',
    add column translation_of  bigint references routine (id) on delete set null,
    add constraint routine_language_ck check (language in ('en', 'de')),
    add constraint routine_translation_of_ck check (translation_of is null or (language <> 'en' and translation_of <> id));
create unique index routine_translation_uq on routine (translation_of, language) where translation_of is not null;

alter table program
    add column language        varchar(2) not null default 'en',
    add column translation_of  bigint references program (id) on delete set null,
    add constraint program_language_ck check (language in ('en', 'de')),
    add constraint program_translation_of_ck check (translation_of is null or (language <> 'en' and translation_of <> id));
create unique index program_translation_uq on program (translation_of, language) where translation_of is not null;

-- Search stems each article with its own language's dictionary (German words in German articles).
-- The generated column is recomputed for every row; it stays in the row (V55).
alter table article drop column search;
alter table article add column search tsvector generated always as (
    setweight(to_tsvector(case language when 'de' then 'german'::regconfig else 'english'::regconfig end,
                          coalesce(title, '')), 'A') ||
    setweight(to_tsvector(case language when 'de' then 'german'::regconfig else 'english'::regconfig end,
                          coalesce(summary, '')), 'B') ||
    setweight(to_tsvector(case language when 'de' then 'german'::regconfig else 'english'::regconfig end,
                          coalesce(body, '')), 'C')) stored;
alter table article alter column search set storage main;
create index article_search_idx on article using gin (search);
-- storage applies to rows written from now on: rewrite the existing ones (as V55)
update article set body = body;
