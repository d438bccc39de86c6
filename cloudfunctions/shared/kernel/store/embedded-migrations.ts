import type Database from 'better-sqlite3';
import { COLLECTIONS, INDEXED_FIELDS, indexName } from './collections';
import { fieldExpression } from './compile-filter';
import { sqliteTable as table } from './sqlite-table';
import { productSearchTokens } from '../../../../src/domain/catalog/search-tokens';

/**
 * Ordered, append-only schema steps. Each runs once and is recorded in `schema_migrations`, so starting the
 * server on an existing `.data/` database only applies what is new.
 */
const MIGRATIONS: ReadonlyArray<{ id: number; name: string; up: (db: Database.Database) => void }> = [
  { id: 1, name: 'collections and indexes', up: ensureCollections },
  { id: 2, name: 'ledger, refunds, withdrawals, audit collections and their indexes', up: ensureCollections },
  { id: 3, name: 'withdrawal daily totals', up: ensureCollections },
  { id: 4, name: 'subscribe-message quota and notice outbox', up: ensureCollections },
  { id: 5, name: 'staff invitations; users by role, audit log by time', up: ensureCollections },
  { id: 6, name: 'distributor shops; level-2 team, per-buyer commission and ranking indexes', up: ensureCollections },
  { id: 7, name: 'customer profiles (CRM tags and notes); customers by spend', up: ensureCollections },
  { id: 8, name: 'marketing: coupon templates, user coupons, 满减, points accounts and ledger', up: ensureCollections },
  { id: 9, name: 'marketing activities: flash sales, group buys and groups, bargains and helps, pay requests', up: ensureCollections },
  { id: 10, name: 'O2O: stores, pickups, reservation slots, reservations, regional agents; pickup orders by store and code, bindings by scene, store codes', up: ensureCollections },
  { id: 11, name: 'orders by the level-1 distributor of their upline snapshot (staff order filter)', up: ensureCollections },
  { id: 12, name: 'pending commission summed per beneficiary: entries by beneficiary and status', up: ensureCollections },
  { id: 13, name: 'in-store coupons: user coupons by counter code and by the store that verified them', up: ensureCollections },
  { id: 15, name: 'payment alerts: open ones newest first, all newest first, by refund number', up: ensureCollections },
  { id: 16, name: 'buyer holds, timer failures, upline rewrite jobs; a team by upline and bind time', up: ensureCollections },
  { id: 17, name: 'after-sale requests; shipped orders by automatic receipt time and by shipment time; refunds by order', up: ensureCollections },
  { id: 18, name: '满减 by status and end (the window in which checkout looks for one)', up: ensureCollections },
  { id: 19, name: 'daily statistics', up: ensureCollections },
  { id: 20, name: 'product search tokens (indexed, filled in for existing products); reviews by product and time', up: (db) => (ensureCollections(db), addSearchTokens(db)) },
  { id: 21, name: '优惠买单: a store\'s counter payments newest first', up: ensureCollections },
  { id: 22, name: '刮刮卡 / 大转盘: games, prize stock, draws', up: ensureCollections },
  { id: 23, name: '集点卡: stamps and shoppers\' cards', up: ensureCollections },
  { id: 24, name: 'settlement batches; orders and commission entries by settlement batch', up: ensureCollections },
  { id: 25, name: 'favourites, browsing history, address books; orders by recipient phone (staff search)', up: ensureCollections },
];

/** Products saved before search carry no tokens: compute them once (later saves keep them current). */
function addSearchTokens(db: Database.Database): void {
  const rows = db.prepare(`SELECT id, doc FROM ${table(COLLECTIONS.products)}`).all() as Array<{ id: string; doc: string }>;
  const write = db.prepare(`UPDATE ${table(COLLECTIONS.products)} SET doc = ? WHERE id = ?`);
  for (const row of rows) {
    const doc = JSON.parse(row.doc) as { title: string; subtitle: string; keywords?: string[]; tokens?: string[] };
    if (doc.tokens) continue;
    write.run(JSON.stringify({ ...doc, tokens: productSearchTokens(doc) }), row.id);
  }
}

/** Creates every declared collection and index that does not exist yet (safe to repeat). */
function ensureCollections(db: Database.Database): void {
  for (const name of Object.values(COLLECTIONS)) {
    db.exec(`CREATE TABLE IF NOT EXISTS ${table(name)} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
  }
  for (const [name, indexes] of Object.entries(INDEXED_FIELDS)) {
    for (const fields of indexes ?? []) {
      db.exec(`CREATE INDEX IF NOT EXISTS "${indexName(name, fields)}" ON ${table(name)} (${fields.map(fieldExpression).join(', ')})`);
    }
  }
}

export function runMigrations(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT id FROM schema_migrations').all() as Array<{ id: number }>).map((r) => r.id));
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.id)) continue;
    db.transaction(() => {
      migration.up(db);
      db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(migration.id, migration.name, new Date().toISOString());
    })();
  }
}
