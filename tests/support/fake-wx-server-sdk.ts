/**
 * A stand-in for the `wx-server-sdk` package, bundled by tests into a temp dir's node_modules so a deployed
 * function bundle can run in plain Node: the database is the fake CloudBase DB (seeded from the JSON file named by
 * FAKE_CLOUDBASE_SEED, `{ collection: docs[] }`), and `getWXContext` reads the environment exactly as the real SDK
 * does (WX_CONTEXT_KEYS lists the variables, the `WX_` prefix is dropped; SOURCE comes from TCB_SOURCE).
 */
import fs from 'node:fs';
import { createFakeCloudbaseDb, type FakeCloudbaseDb } from './fake-cloudbase-db';

export const DYNAMIC_CURRENT_ENV = Symbol.for('DYNAMIC_CURRENT_ENV');
let db: FakeCloudbaseDb | null = null;
export let initialised = false;

export function init(): void {
  initialised = true;
}

export function database(): FakeCloudbaseDb {
  if (!initialised) throw new Error('cloud.init() must run before cloud.database()');
  if (!db) {
    db = createFakeCloudbaseDb();
    const seedFile = process.env.FAKE_CLOUDBASE_SEED;
    const seed = seedFile ? (JSON.parse(fs.readFileSync(seedFile, 'utf8')) as Record<string, Array<Record<string, unknown>>>) : {};
    for (const [name, docs] of Object.entries(seed)) for (const doc of docs) void db.collection(name).add({ data: doc });
  }
  return db;
}

export function getWXContext(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of (process.env.WX_CONTEXT_KEYS ?? '').split(',').filter(Boolean)) {
    const value = process.env[key];
    if (value !== undefined) out[key.replace(/^WX_/, '')] = value;
  }
  if (process.env.TCB_SOURCE) out.SOURCE = process.env.TCB_SOURCE;
  return out;
}

export const openapi = {};
export const cloudPay = {};
