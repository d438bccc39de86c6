import { Query } from 'mingo';

/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors the loosely typed CloudBase SDK surface */

/**
 * A fake of the CloudBase document database as wx-server-sdk exposes it in a cloud function, with MongoDB query
 * semantics from `mingo`. It reproduces the behaviours an adapter can get wrong:
 * - `get()` without `limit()` returns at most 100 documents; `limit()` above 1000 is capped at 1000 (facts §3);
 * - `doc(id).get()` outside a transaction throws when the document does not exist;
 * - `add` with an existing `_id` throws a duplicate-key error (-502001 / E11000);
 * - a where-update reports `stats.updated`; a plain object value is merged, `_.set(value)` replaces;
 * - `runTransaction(callback, times = 3)`: only doc-level operations inside, reads see a snapshot plus the
 *   transaction's own writes, and a commit whose documents changed since the snapshot is a conflict that re-runs
 *   the callback (`injectConflicts(n)` forces the next n commits to conflict so a re-run can be proven).
 * Transactions are serialised (one at a time), which keeps the fake deterministic; writes made outside a
 * transaction while one is open are still detected as conflicts.
 */
export const FAKE_DEFAULT_GET_LIMIT = 100;
export const FAKE_MAX_LIMIT = 1000;

interface Stored {
  doc: Record<string, any>;
  version: number;
}

class Cmd {
  constructor(
    readonly op: 'in' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'and' | 'set' | 'inc',
    readonly value: any,
  ) {}
}

const command = {
  in: (values: unknown[]) => new Cmd('in', values),
  neq: (value: unknown) => new Cmd('neq', value),
  gt: (value: unknown) => new Cmd('gt', value),
  gte: (value: unknown) => new Cmd('gte', value),
  lt: (value: unknown) => new Cmd('lt', value),
  lte: (value: unknown) => new Cmd('lte', value),
  and: (parts: Cmd[]) => new Cmd('and', parts),
  set: (value: unknown) => new Cmd('set', value),
  inc: (value: number) => new Cmd('inc', value),
  /** Aggregation operators: only `$.sum('$field')` for a group stage. */
  aggregate: { sum: (expression: string) => ({ $sum: expression }) },
};

function toMongoCondition(value: unknown): unknown {
  if (!(value instanceof Cmd)) return value;
  switch (value.op) {
    case 'in':
      return { $in: value.value };
    case 'neq':
      return { $ne: value.value };
    case 'and':
      return Object.assign({}, ...(value.value as Cmd[]).map((c) => toMongoCondition(c)));
    case 'set':
    case 'inc':
      throw new Error(`_.${value.op} is an update command, not a query condition`);
    default:
      return { [`$${value.op}`]: value.value };
  }
}

function toMongoQuery(where: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(where).map(([k, v]) => [k, toMongoCondition(v)]));
}

const clone = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));
const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Cmd);

/** CloudBase update semantics: plain objects merge field by field; `_.set` and every other value replace. */
function applyUpdate(target: Record<string, any>, data: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(data)) {
    if (key === '_id') throw sdkError(-502003, 'cannot update _id');
    if (value instanceof Cmd) {
      if (value.op === 'inc') target[key] = ((target[key] as number | undefined) ?? 0) + (value.value as number);
      else if (value.op === 'set') target[key] = clone(value.value);
      else throw new Error(`unsupported update command ${value.op}`);
    } else if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) target[key] = {};
      applyUpdate(target[key], value);
    } else target[key] = clone(value);
  }
}

function sdkError(errCode: number | string, message: string): Error {
  return Object.assign(new Error(`errCode: ${errCode} | errMsg: ${message}`), { errCode, code: errCode });
}

export interface FakeCloudbaseDb {
  command: typeof command;
  collection(name: string): any;
  runTransaction<R>(callback: (transaction: any) => Promise<R>, times?: number): Promise<R>;
  /** Test hooks. */
  readonly calls: { getWithoutLimit: number; transactionAttempts: number; transactionCommits: number; requests: number };
  injectConflicts(count: number): void;
  /** Every document of a collection, in insertion order (for assertions). */
  dump(name: string): Array<Record<string, any>>;
}

export function createFakeCloudbaseDb(): FakeCloudbaseDb {
  const collections = new Map<string, Map<string, Stored>>();
  const calls = { getWithoutLimit: 0, transactionAttempts: 0, transactionCommits: 0, requests: 0 };
  /** Every database request, as CloudBase bills them (each read, write and aggregate; a transaction's operations each). */
  const request = () => void (calls.requests += 1);
  let pendingConflicts = 0;
  let versionCounter = 0;
  let txQueue: Promise<unknown> = Promise.resolve();

  const table = (name: string) => {
    let t = collections.get(name);
    if (!t) collections.set(name, (t = new Map()));
    return t;
  };
  const matching = (name: string, where: Record<string, unknown>) => {
    const query = new Query(toMongoQuery(where));
    return [...table(name).values()].filter((s) => query.test(s.doc));
  };
  const insert = (name: string, data: Record<string, any>) => {
    const id = typeof data._id === 'string' ? data._id : `auto${++versionCounter}`;
    if (table(name).has(id)) throw sdkError(-502001, `[FailedOperation] E11000 duplicate key error collection: ${name} index: _id_ dup key: { _id: "${id}" }`);
    table(name).set(id, { doc: { ...clone(data), _id: id }, version: ++versionCounter });
    return id;
  };

  function query(name: string, where: Record<string, unknown>, order: Array<[string, 'asc' | 'desc']>, skip: number, limit: number | null): any {
    const next = (patch: Partial<{ where: Record<string, unknown>; order: Array<[string, 'asc' | 'desc']>; skip: number; limit: number }>) =>
      query(name, patch.where ?? where, patch.order ?? order, patch.skip ?? skip, patch.limit ?? limit);
    return {
      where: (cond: Record<string, unknown>) => next({ where: cond }),
      orderBy: (field: string, direction: 'asc' | 'desc') => next({ order: [...order, [field, direction]] }),
      skip: (n: number) => next({ skip: n }),
      limit: (n: number) => next({ limit: n }),
      async get() {
        request();
        if (limit === null) calls.getWithoutLimit += 1;
        const cap = limit === null ? FAKE_DEFAULT_GET_LIMIT : Math.min(limit, FAKE_MAX_LIMIT);
        const docs = matching(name, where).map((s) => s.doc);
        if (order.length) {
          docs.sort((a, b) => {
            for (const [field, direction] of order) {
              const x = a[field] ?? null;
              const y = b[field] ?? null;
              if (x === y) continue;
              const less = x === null ? true : y === null ? false : x < y;
              return (less ? -1 : 1) * (direction === 'desc' ? -1 : 1);
            }
            return 0;
          });
        }
        return { data: clone(docs.slice(skip, skip + cap)), errMsg: 'collection.get:ok' };
      },
      async count() {
        request();
        return { total: matching(name, where).length, errMsg: 'collection.count:ok' };
      },
      async update({ data }: { data: Record<string, unknown> }) {
        request();
        // A where-update touches every match (multi), unlike skip/limit which it ignores — as the real API.
        const hits = matching(name, where);
        for (const s of hits) {
          applyUpdate(s.doc, data);
          s.version = ++versionCounter;
        }
        return { stats: { updated: hits.length }, errMsg: 'collection.update:ok' };
      },
      async add({ data }: { data: Record<string, any> }) {
        request();
        return { _id: insert(name, data), errMsg: 'collection.add:ok' };
      },
      /** Only what the adapter uses: match(where).group({ _id: null, total: $.sum('$field') }).end(). */
      aggregate: () => {
        let cond: Record<string, unknown> = {};
        let group: Record<string, any> = {};
        const pipeline = {
          match: (c: Record<string, unknown>) => ((cond = c), pipeline),
          group: (g: Record<string, any>) => ((group = g), pipeline),
          async end() {
            request();
            const docs = matching(name, cond).map((s) => s.doc);
            if (docs.length === 0) return { list: [] };
            const row: Record<string, unknown> = { _id: null };
            for (const [key, op] of Object.entries(group)) {
              if (key === '_id') continue;
              const field = String(op.$sum).replace(/^\$/, '');
              row[key] = docs.reduce((total, d) => total + ((d[field] as number | undefined) ?? 0), 0);
            }
            return { list: [row] };
          },
        };
        return pipeline;
      },
      doc: (id: string) => ({
        async get() {
          request();
          const s = table(name).get(id);
          if (!s) throw sdkError(-502002, `document.get:fail document with _id ${id} does not exist`);
          return { data: clone(s.doc), errMsg: 'document.get:ok' };
        },
      }),
    };
  }

  async function attempt<R>(callback: (transaction: any) => Promise<R>): Promise<R> {
    calls.transactionAttempts += 1;
    const readVersions = new Map<string, number | null>();
    const writes = new Map<string, { name: string; id: string; doc: Record<string, any> | null }>();
    const key = (name: string, id: string) => `${name}\u0000${id}`;
    const current = (name: string, id: string) => {
      const k = key(name, id);
      if (writes.has(k)) return writes.get(k)!.doc;
      const s = table(name).get(id);
      if (!readVersions.has(k)) readVersions.set(k, s?.version ?? null);
      return s ? clone(s.doc) : null;
    };
    const transaction = {
      collection: (name: string) => ({
        where: () => {
          throw new Error('事务中不支持批量操作（where 语句），只支持单记录操作');
        },
        async add({ data }: { data: Record<string, any> }) {
          request();
          const id = data._id as string;
          if (current(name, id)) throw sdkError(-502001, `E11000 duplicate key error collection: ${name}`);
          writes.set(key(name, id), { name, id, doc: clone(data) });
          return { _id: id };
        },
        doc: (id: string) => ({
          async get() {
            request();
            return { data: current(name, id) };
          },
          async update({ data }: { data: Record<string, unknown> }) {
            request();
            const doc = current(name, id);
            if (!doc) return { stats: { updated: 0 } };
            applyUpdate(doc, data);
            writes.set(key(name, id), { name, id, doc });
            return { stats: { updated: 1 } };
          },
          async set({ data }: { data: Record<string, unknown> }) {
            request();
            current(name, id);
            writes.set(key(name, id), { name, id, doc: { ...clone(data), _id: id } });
            return { stats: { updated: 1 } };
          },
        }),
      }),
    };
    const result = await callback(transaction);
    // Commit: every document this attempt read or wrote must be unchanged since it first looked at it.
    const conflict =
      pendingConflicts > 0 ||
      [...writes.keys(), ...readVersions.keys()].some((k) => {
        const [name = '', id = ''] = k.split('\u0000');
        const seen = readVersions.get(k);
        return seen !== undefined && (table(name).get(id)?.version ?? null) !== seen;
      });
    if (conflict) {
      if (pendingConflicts > 0) pendingConflicts -= 1;
      throw sdkError('DATABASE_TRANSACTION_CONFLICT', 'database transaction conflict');
    }
    for (const { name, id, doc } of writes.values()) {
      if (doc) table(name).set(id, { doc, version: ++versionCounter });
    }
    calls.transactionCommits += 1;
    return result;
  }

  async function runTransaction<R>(callback: (transaction: any) => Promise<R>, times = 3): Promise<R> {
    const run = async (): Promise<R> => {
      for (let left = times; ; left--) {
        try {
          return await attempt(callback);
        } catch (error) {
          // Only a conflict re-runs the callback; any other error rejects at once (facts §3, runTransaction).
          if ((error as { code?: unknown }).code !== 'DATABASE_TRANSACTION_CONFLICT' || left <= 1) throw error;
        }
      }
    };
    const result = txQueue.then(run, run);
    txQueue = result.catch(() => undefined);
    return result;
  }

  return {
    command,
    collection: (name: string) => query(name, {}, [], 0, null),
    runTransaction,
    calls,
    injectConflicts: (count) => void (pendingConflicts += count),
    dump: (name) => [...table(name).values()].map((s) => clone(s.doc)),
  };
}
