import fs from 'node:fs';
import path from 'node:path';
import { FUNCTIONS } from '../../server/function-registry';

test('every function and action is in docs/actions.md', () => {
  const doc = fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'actions.md'), 'utf8');
  const missing: string[] = [];
  for (const [fn, handler] of Object.entries(FUNCTIONS)) {
    if (!doc.includes(`## ${fn} `)) missing.push(fn);
    const actions = 'actions' in handler ? Object.keys((handler as { actions: object }).actions) : [];
    for (const action of actions) if (!doc.includes(`\`${action}\``)) missing.push(`${fn}.${action}`);
  }
  expect(missing).toEqual([]);
});
