/** Countries an event names only by a nationality group ("the Ukrainian delegation"): `[{country, start, end}]`. */
export const sql = /* sql */ `
alter table events add column parties jsonb not null default '[]'::jsonb;
`;
