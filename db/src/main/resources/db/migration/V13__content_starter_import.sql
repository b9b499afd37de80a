-- Which starter items (shipped in content-core) this install has imported, so each is
-- imported exactly once even if an admin later renames or archives it.
create table content_starter_import (
    kind         varchar(16) not null,
    slug         varchar(80) not null,
    imported_at  timestamptz not null default now(),
    primary key (kind, slug)
);
