-- Article search ranks every match with ts_rank, which reads the whole tsvector. Stored "extended",
-- a long article's tsvector goes out of line to TOAST, so one search read ~6 TOAST pages per article
-- (bench, 2 000 articles, common word: 12 581 buffers, 50-96 ms). Kept in the row (compressed), the
-- same search reads 776 buffers in 12-20 ms on the same machine. See docs/benchmarks.md.
alter table article alter column search set storage main;

-- storage applies to rows written from now on: rewrite the existing ones (the generated column is
-- computed again; no other column changes)
update article set body = body;
