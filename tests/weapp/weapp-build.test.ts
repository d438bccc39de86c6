import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LOCAL_ONLY_PAGES, PAGES } from '../../src/contracts/pages';
import { measurePackages } from '../../scripts/check-package-size';
import { WEAPP_DIR } from './support/weapp-shop';

const ROOT = path.resolve(__dirname, '..', '..');

test('npm run build:weapp builds what project.config.json points at, with every page but the local-only ones, within the package limits', () => {
  const project = JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8')) as { miniprogramRoot: string };
  expect(path.resolve(ROOT, project.miniprogramRoot)).toBe(WEAPP_DIR);

  const app = JSON.parse(fs.readFileSync(path.join(WEAPP_DIR, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: Array<{ root: string; pages: string[] }>;
    subpackages?: Array<{ root: string; pages: string[] }>;
  };
  const subPackages = app.subPackages ?? app.subpackages ?? [];
  const built = [...app.pages, ...subPackages.flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/$/, '')}/${page}`))];
  const local = new Set<string>(LOCAL_ONLY_PAGES);
  expect(built.sort()).toEqual(Object.values(PAGES).filter((p) => !local.has(p)).sort());
  expect(app.pages.every((p) => p.startsWith('pages/'))).toBe(true);

  // The same budget script the build runs: main ≤ 1 MB, each subpackage ≤ 2 MB.
  const sizes = measurePackages(WEAPP_DIR);
  expect(sizes.map((p) => p.name).slice(1).sort()).toEqual(subPackages.map((p) => p.root.replace(/\/$/, '')).sort());
  for (const p of sizes) expect(p.bytes).toBeLessThanOrEqual(p.budget);
  expect(execSync('npx tsx scripts/check-package-size.ts', { cwd: ROOT, encoding: 'utf8' })).toContain('主包');
});
