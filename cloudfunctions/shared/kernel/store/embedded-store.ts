import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { compileOrderBy, compileWhere, fieldExpression } from './compile-filter';
import { runMigrations } from './embedded-migrations';
import { sqliteTable as table } from './sqlite-table';
import { applyIncrement } from './apply-increment';
import { MAX_PAGE_SIZE, type CollectionDocs, type CollectionName, type DocAt, type Doc, type DocOps, type Filter, type FindOptions, type Patch, type Scalar, type Store } from './store';

/**
 * The store port over SQLite (better-sqlite3): one table per collection, each row a JSON document.
 * better-sqlite3 is synchronous, so the only way two requests interleave is across an `await` inside a
 * transaction callback. A lock serialises every operation against open transactions, which gives the
 * transactions real isolation on one connection.
 */
export class EmbeddedStore implements Store {
  private readonly db: Database.Database;
  private lock: Promise<void> = Promise.resolve();

  constructor(file: string) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    runMigrations(this.db);
  }

  get<C extends CollectionName, I extends string>(collection: C, id: I): Promise<DocAt<C, I> | null> {
    return this.exclusive(() => this.ops.get<DocAt<C, I>>(collection, id));
  }

  insert<C extends CollectionName>(collection: C, doc: CollectionDocs[C]): Promise<boolean> {
    return this.exclusive(() => this.ops.insert(collection, doc));
  }

  update(collection: CollectionName, id: string, expected: Filter, patch: Patch): Promise<boolean> {
    return this.exclusive(() => this.ops.update(collection, id, expected, patch));
  }

  create<C extends CollectionName>(collection: C, doc: CollectionDocs[C]): Promise<void> {
    return this.exclusive(() => this.ops.create(collection, doc));
  }

  increment(collection: CollectionName, id: string, delta: Readonly<Record<string, number>>, set?: Readonly<Record<string, Scalar>>): Promise<boolean> {
    return this.exclusive(() => this.ops.increment(collection, id, delta, set));
  }

  updateWhere(collection: CollectionName, filter: Filter, patch: Patch): Promise<number> {
    return this.exclusive(() => {
      const entries = Object.entries(patch).filter(([, value]) => value !== undefined);
      if (entries.length === 0) return 0;
      const where = compileWhere(filter);
      // One statement: json_set writes each field in place; a JSON text value goes through json() so it stays an object.
      const sets = entries.map(([key]) => {
        if (key === '_id') throw new Error('_id is immutable');
        if (!TOP_LEVEL_FIELD.test(key)) throw new Error(`invalid field name: ${key}`);
        return `'$.${key}', json(?)`;
      });
      const values = entries.map(([, value]) => JSON.stringify(value));
      const info = this.prepare(`UPDATE ${table(collection)} SET doc = json_set(doc, ${sets.join(', ')}) ${where.sql}`).run(...values, ...where.params);
      return info.changes;
    });
  }

  sum(collection: CollectionName, filter: Filter, field: string): Promise<number> {
    return this.exclusive(() => {
      const where = compileWhere(filter);
      const row = this.prepare(`SELECT COALESCE(SUM(${fieldExpression(field)}), 0) AS total FROM ${table(collection)} ${where.sql}`).get(...where.params) as { total: number };
      return row.total;
    });
  }

  find<C extends CollectionName>(collection: C, filter: Filter, options: FindOptions): Promise<Array<CollectionDocs[C]>> {
    return this.exclusive(() => {
      const limit = Math.min(options.limit, MAX_PAGE_SIZE);
      const where = compileWhere(filter);
      const rows = this.db
        .prepare(`SELECT doc FROM ${table(collection)} ${where.sql} ${compileOrderBy(options.orderBy)} LIMIT ? OFFSET ?`)
        .all(...where.params, limit, options.skip ?? 0) as Array<{ doc: string }>;
      return rows.map((row) => JSON.parse(row.doc) as CollectionDocs[C]);
    });
  }

  count(collection: CollectionName, filter: Filter): Promise<number> {
    return this.exclusive(() => {
      const where = compileWhere(filter);
      const row = this.prepare(`SELECT COUNT(*) AS n FROM ${table(collection)} ${where.sql}`).get(...where.params) as { n: number };
      return row.n;
    });
  }

  async runTransaction<R>(work: (tx: DocOps) => Promise<R>): Promise<R> {
    const release = await this.acquire();
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await work(this.txOps);
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    } finally {
      release();
    }
  }

  async close(): Promise<void> {
    const release = await this.acquire();
    this.db.close();
    release();
  }

  /** Single-document operations, run synchronously; used directly inside a transaction that holds the lock. */
  private readonly ops = {
    get: <T extends Doc>(collection: string, id: string): T | null => {
      const row = this.prepare(`SELECT doc FROM ${table(collection)} WHERE id = ?`).get(id) as { doc: string } | undefined;
      return row ? (JSON.parse(row.doc) as T) : null;
    },
    insert: <T extends Doc>(collection: string, doc: T): boolean => {
      assertId(doc._id);
      const info = this.prepare(`INSERT OR IGNORE INTO ${table(collection)} (id, doc) VALUES (?, ?)`).run(doc._id, JSON.stringify(doc));
      return info.changes === 1;
    },
    create: <T extends Doc>(collection: string, doc: T): void => {
      assertId(doc._id);
      // Never an overwrite: an existing id fails the write (and its transaction).
      const info = this.prepare(`INSERT OR IGNORE INTO ${table(collection)} (id, doc) VALUES (?, ?)`).run(doc._id, JSON.stringify(doc));
      if (info.changes !== 1) throw new Error(`create: ${collection}/${doc._id} already exists`);
    },
    update: (collection: string, id: string, expected: Filter, patch: Patch): boolean => {
      const current = this.ops.get<Doc & Record<string, unknown>>(collection, id);
      if (!current) return false;
      const where = compileWhere({ ...expected, _id: id });
      const next = { ...current };
      for (const [key, value] of Object.entries(patch)) {
        if (key === '_id') throw new Error('_id is immutable');
        if (value !== undefined) (next as Record<string, unknown>)[key] = value;
      }
      const info = this.prepare(`UPDATE ${table(collection)} SET doc = ? ${where.sql}`).run(JSON.stringify(next), ...where.params);
      return info.changes === 1;
    },
    increment: (collection: string, id: string, delta: Readonly<Record<string, number>>, set?: Readonly<Record<string, Scalar>>): boolean => {
      const current = this.ops.get<Doc & Record<string, unknown>>(collection, id);
      if (!current) return false;
      const next = applyIncrement(current, delta, set);
      this.prepare(`UPDATE ${table(collection)} SET doc = ? WHERE id = ?`).run(JSON.stringify(next), id);
      return true;
    },
  };

  private readonly txOps: DocOps = {
    get: async <C extends CollectionName, I extends string>(c: C, id: I) => this.ops.get<DocAt<C, I>>(c, id),
    insert: async <C extends CollectionName>(c: C, doc: CollectionDocs[C]) => this.ops.insert(c, doc),
    update: async (c: CollectionName, id: string, expected: Filter, patch: Patch) => this.ops.update(c, id, expected, patch),
    create: async <C extends CollectionName>(c: C, doc: CollectionDocs[C]) => this.ops.create(c, doc),
    increment: async (c: CollectionName, id: string, delta: Readonly<Record<string, number>>, set?: Readonly<Record<string, Scalar>>) => this.ops.increment(c, id, delta, set),
  };

  /** Prepared statements by their text: preparing is most of a small operation's cost. Bounded, as IN lists vary. */
  private readonly statements = new Map<string, Database.Statement>();

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= 500) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private async exclusive<R>(fn: () => R): Promise<R> {
    const release = await this.acquire();
    try {
      return fn();
    } finally {
      release();
    }
  }

  private acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const previous = this.lock;
    this.lock = previous.then(() => next);
    return previous.then(() => release);
  }
}

const TOP_LEVEL_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

function assertId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || id.length === 0 || id.length > 128) throw new Error(`invalid _id: ${String(id)}`);
}
