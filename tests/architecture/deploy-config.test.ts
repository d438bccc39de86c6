import fs from 'node:fs';
import path from 'node:path';
import { listFunctions } from '../../config/build-functions';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';

const ROOT = path.resolve(__dirname, '..', '..');
const json = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as T;

interface RcFunction {
  name: string;
  timeout: number;
  runtime: string;
  handler: string;
  envVariables: Record<string, string>;
  triggers?: Array<{ name: string; type: string; config: string }>;
}

test('cloudbaserc.json deploys every bundled function on Node 18 with its timer triggers', () => {
  const rc = json<{ functionRoot: string; functions: RcFunction[] }>('cloudbaserc.json');
  const project = json<{ cloudfunctionRoot: string }>('project.config.json');
  expect(path.resolve(ROOT, rc.functionRoot)).toBe(path.resolve(ROOT, project.cloudfunctionRoot));
  expect(rc.functions.map((f) => f.name).sort()).toEqual(listFunctions());
  for (const fn of rc.functions) {
    expect({ name: fn.name, runtime: fn.runtime, handler: fn.handler }).toEqual({ name: fn.name, runtime: 'Nodejs18.15', handler: 'index.main' });
    expect(fn.timeout).toBeGreaterThanOrEqual(10); // the platform default of 3 s is too short for a transaction
    expect(fn.timeout).toBeLessThanOrEqual(60);
    // The same triggers the function's config.json declares (WeChat DevTools reads those; the tcb CLI reads these).
    const config = json<{ triggers?: unknown[] }>(`cloudfunctions/${fn.name}/config.json`);
    expect(fn.triggers ?? []).toEqual(config.triggers ?? []);
  }
  const timers = rc.functions.filter((f) => f.triggers?.some((t) => t.type === 'timer')).map((f) => f.name);
  expect(timers.sort()).toEqual(['activity-timer', 'jobs', 'order-timer', 'reconcile', 'settlement']);
  for (const name of ['orders', 'reconcile', 'order-admin']) expect(rc.functions.find((f) => f.name === name)?.envVariables.WX_SUB_MCH_ID).toBeDefined();
});

test('database.rules.json covers every collection and lets no client read or write directly (all through functions)', () => {
  const rules = json<Record<string, { read: unknown; write: unknown }>>('database.rules.json');
  // A new collection needs its rule here too (and in the console: docs/deploy.md).
  expect(Object.keys(rules).sort()).toEqual(Object.values(COLLECTIONS).sort());
  for (const [name, rule] of Object.entries(rules)) expect({ name, ...rule }).toEqual({ name, read: false, write: false });
});
