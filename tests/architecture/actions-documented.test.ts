import fs from 'node:fs';
import path from 'node:path';
import { FUNCTIONS } from '../../server/function-registry';
import { APIS } from '../../src/contracts/api/apis';
import type { Api } from '../../src/contracts/api/define-api';

test('every function and action is in docs/actions.md', () => {
  const doc = fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'actions.md'), 'utf8');
  const missing: string[] = [];
  for (const fn of Object.keys(FUNCTIONS)) if (!doc.includes(`## ${fn} `)) missing.push(fn);
  for (const api of Object.values(APIS) as Api[]) for (const action of Object.keys(api.actions)) if (!doc.includes(`\`${action}\``)) missing.push(`${api.fn}.${action}`);
  expect(missing).toEqual([]);
});

test('every action-dispatching function serves exactly its API map', () => {
  const served = Object.entries(FUNCTIONS).flatMap(([fn, handler]) => ('api' in handler ? [[fn, (handler as { api: Api }).api.fn]] : []));
  expect(served).toEqual(served.map(([fn]) => [fn, fn]));
  expect(served.map(([fn]) => fn).sort()).toEqual(Object.keys(APIS).sort());
});
