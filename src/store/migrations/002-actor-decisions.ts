/** Human merge/split decisions about actors across reports, in the order they were taken (the audit trail). */
export const sql = /* sql */ `
create table actor_decisions (
  seq       bigserial primary key,
  decision  jsonb not null,
  taken_at  timestamptz not null default now()
);
`;
