/* What a piece of code sends to the database, for tests that check how (not only what) the stores query. */
import type { Knex } from 'knex';

export interface SqlStatement {
  sql: string;
  bindings: unknown[];
}

/** The SQL statements (with bindings) that `run` sends to `knex`, in order. */
export async function statementsOf(
  knex: Knex,
  run: () => Promise<unknown>,
): Promise<SqlStatement[]> {
  const seen: SqlStatement[] = [];
  const listener = (query: { sql: string; bindings?: unknown[] }) =>
    seen.push({ sql: query.sql, bindings: query.bindings ?? [] });
  knex.on('query', listener);
  try {
    await run();
  } finally {
    knex.removeListener('query', listener);
  }
  return seen;
}
