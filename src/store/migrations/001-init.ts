/**
 * The first schema: reports, their near-duplicate re-publications, and one table per queryable
 * annotation kind. Offsets are UTF-16 indices into `reports.text` (as in the extraction
 * contract), so columns are named span_start/span_end (`end` is an SQL keyword). Sentences,
 * paragraphs and footnote markers stay JSON: nothing queries them on their own.
 */
export const sql = /* sql */ `
create table reports (
  id          text primary key,
  source      text not null,
  title       text,
  published   date,
  publisher   text,
  url         text,
  authors     jsonb not null default '[]',
  text        text not null,
  sentences   jsonb not null default '[]',
  paragraphs  jsonb not null default '[]',
  markers     jsonb not null default '[]',
  ingested_at timestamptz not null default now(),
  seq         bigserial not null,
  search      tsvector generated always as (
                setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                setweight(to_tsvector('english', coalesce(publisher, '')), 'C') ||
                setweight(to_tsvector('english', text), 'B')) stored
);
create index reports_search on reports using gin (search);
create index reports_published on reports (published);
create index reports_publisher on reports (lower(publisher));
create index reports_seq on reports (seq);

-- MinHash LSH bands of each stored report: candidates for near-duplicate detection.
create table report_bands (
  report_id text not null references reports (id) on delete cascade,
  band      integer not null,
  hash      integer not null,
  primary key (band, hash, report_id)
);
create index report_bands_report on report_bands (report_id);

-- A re-publication of a stored report: recorded with its metadata and a link, not stored twice.
create table near_duplicates (
  id          text primary key,
  original_id text not null references reports (id) on delete cascade,
  similarity  double precision not null,
  source      text not null,
  title       text,
  published   date,
  publisher   text,
  url         text,
  ingested_at timestamptz not null default now()
);
create index near_duplicates_original on near_duplicates (original_id);

create table entities (
  report_id text not null references reports (id) on delete cascade,
  id        text not null,
  ord       integer not null,
  name      text not null,
  type      text not null,
  aliases   jsonb not null default '[]',
  roles     jsonb not null default '[]',
  merges    jsonb not null default '[]',
  primary key (report_id, id),
  unique (report_id, ord)
);
create index entities_name on entities (lower(name));
create index entities_type on entities (type);

create table mentions (
  report_id  text not null,
  entity_id  text not null,
  ord        integer not null,
  span_start integer not null,
  span_end   integer not null,
  rule       text not null,
  confidence double precision not null,
  primary key (report_id, entity_id, ord),
  foreign key (report_id, entity_id) references entities (report_id, id) on delete cascade
);

create table timexes (
  report_id   text not null references reports (id) on delete cascade,
  ord         integer not null,
  span_start  integer not null,
  span_end    integer not null,
  text        text not null,
  type        text not null,
  value       text not null,
  mod         text,
  fields      jsonb not null,
  anchor      text,
  -- the calendar days the value covers (null for durations, sets and PAST_REF-like values)
  range_start date,
  range_end   date,
  rule        text not null,
  confidence  double precision not null,
  primary key (report_id, ord)
);
create index timexes_range on timexes (range_start, range_end);

create table events (
  report_id     text not null references reports (id) on delete cascade,
  id            text not null,
  ord           integer not null,
  type          text not null,
  date          text,
  range_start   date,
  range_end     date,
  participants  jsonb not null default '[]',
  location      text,
  trigger_start integer not null,
  trigger_end   integer not null,
  status        text not null,
  claim         integer,
  summary       text not null,
  rule          text not null,
  confidence    double precision not null,
  primary key (report_id, id),
  unique (report_id, ord)
);
create index events_type on events (type);
create index events_range on events (range_start, range_end);

create table quotes (
  report_id  text not null references reports (id) on delete cascade,
  ord        integer not null,
  span_start integer not null,
  span_end   integer not null,
  text       text not null,
  speaker    text,
  cue_start  integer,
  cue_end    integer,
  rule       text not null,
  confidence double precision not null,
  primary key (report_id, ord)
);

create table claims (
  report_id         text not null references reports (id) on delete cascade,
  ord               integer not null,
  span_start        integer not null,
  span_end          integer not null,
  text              text not null,
  source            text,
  speaker           text,
  modality          text not null,
  cue_start         integer,
  cue_end           integer,
  cue_text          text,
  source_span_start integer,
  source_span_end   integer,
  -- the source phrase as written when it names no entity ("officials familiar with the talks")
  source_text       text,
  citations         jsonb not null default '[]',
  chain             jsonb not null default '[]',
  rule              text not null,
  confidence        double precision not null,
  primary key (report_id, ord)
);
create index claims_modality on claims (modality);

create table citations (
  report_id   text not null references reports (id) on delete cascade,
  ord         integer not null,
  marker      text,
  span_start  integer not null,
  span_end    integer not null,
  title       text,
  authors     jsonb not null default '[]',
  translators jsonb not null default '[]',
  publisher   text,
  date        text,
  url         text,
  inline      boolean not null,
  primary key (report_id, ord)
);

create table warnings (
  report_id  text not null references reports (id) on delete cascade,
  ord        integer not null,
  code       text not null,
  message    text not null,
  rule       text not null,
  span_start integer,
  span_end   integer,
  marker     text,
  primary key (report_id, ord)
);
create index warnings_code on warnings (code);
`;
