import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAIN_BUDGET, measurePackages } from '../../scripts/check-package-size';

const ROOT = path.resolve(__dirname, '..', '..');

function fakeBuild(mainBytes: number, subBytes: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-size-'));
  fs.writeFileSync(path.join(dir, 'app.json'), JSON.stringify({ pages: ['pages/home/index'], subPackages: [{ root: 'packages/store/', pages: ['pages/x/index'] }] }));
  fs.mkdirSync(path.join(dir, 'packages', 'store'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'vendors.js'), Buffer.alloc(mainBytes));
  fs.writeFileSync(path.join(dir, 'packages', 'store', 'sub-vendors.js'), Buffer.alloc(subBytes));
  return dir;
}

test('the package budget counts subpackage files only in their subpackage and fails the build over budget', () => {
  const ok = fakeBuild(1000, 5000);
  expect(measurePackages(ok).map((p) => p.bytes)).toEqual([1000 + fs.statSync(path.join(ok, 'app.json')).size, 5000]);
  const run = (dir: string) => spawnSync('npx', ['tsx', 'scripts/check-package-size.ts', dir], { cwd: ROOT, encoding: 'utf8' });
  const pass = run(ok);
  expect(pass.status).toBe(0);
  expect(pass.stdout).toContain('packages/store');
  const over = fakeBuild(MAIN_BUDGET + 1, 10);
  const fail = run(over);
  expect(fail.status).toBe(1);
  expect(fail.stderr).toContain('主包');
  for (const dir of [ok, over]) fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);
