import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFunctions, listFunctions } from '../../config/build-functions';
import { FUNCTIONS } from '../../server/function-registry';

test('every cloud function bundles alone, exports main, and leaves only wx-server-sdk to the runtime', async () => {
  expect(listFunctions()).toEqual(Object.keys(FUNCTIONS).sort());
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-fn-'));
  const built = await buildFunctions(out);
  expect(built.map((b) => b.name)).toEqual(listFunctions());
  for (const { name } of built) {
    const pkg = JSON.parse(fs.readFileSync(path.join(out, name, 'package.json'), 'utf8')) as { main: string; dependencies: object };
    expect(pkg.main).toBe('index.js');
    expect(Object.keys(pkg.dependencies)).toEqual(['wx-server-sdk']);
    expect(fs.existsSync(path.join(out, name, 'config.json'))).toBe(true);
    // Loading the bundle must not touch the SDK (it initialises on the first call only).
    const mod = require(path.join(out, name, 'index.js')) as { main: unknown };
    expect(typeof mod.main).toBe('function');
  }
  const distributorConfig = JSON.parse(fs.readFileSync(path.join(out, 'distributor', 'config.json'), 'utf8'));
  expect(distributorConfig.permissions.openapi).toContain('wxacode.getUnlimited');
  fs.rmSync(out, { recursive: true, force: true });
}, 60_000);
