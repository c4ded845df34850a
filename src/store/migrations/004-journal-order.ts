/**
 * One order for reports and people's decisions (the journal the knowledge base replays): a
 * shared sequence, so the order never depends on two clock readings being distinct. Existing
 * rows are numbered in the order they were taken.
 */
export const sql = /* sql */ `
create sequence journal_seq;
alter table reports add column journal bigint;
alter table actor_decisions add column journal bigint;
create temporary table journal_backfill as
  select kind, key, row_number() over (order by at, kind desc, seq) as n from (
    select 'report' as kind, id as key, ingested_at as at, seq from reports
    union all
    select 'decision' as kind, seq::text as key, taken_at as at, seq from actor_decisions
  ) u;
update reports r set journal = o.n from journal_backfill o where o.kind = 'report' and o.key = r.id;
update actor_decisions d set journal = o.n from journal_backfill o where o.kind = 'decision' and o.key = d.seq::text;
drop table journal_backfill;
select setval('journal_seq', (select count(*) from reports) + (select count(*) from actor_decisions) + 1, false);
alter table reports alter column journal set default nextval('journal_seq');
alter table reports alter column journal set not null;
alter table actor_decisions alter column journal set default nextval('journal_seq');
alter table actor_decisions alter column journal set not null;
create index reports_journal on reports (journal);
create index actor_decisions_journal on actor_decisions (journal);
`;
