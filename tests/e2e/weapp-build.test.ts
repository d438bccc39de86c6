import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PAGES } from '../../src/contracts/pages';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'dist', 'weapp');
const TWO_MB = 2 * 1024 * 1024;

function sizeOf(dir: string, skip: (rel: string) => boolean = () => false): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && !skip(path.relative(OUT, file))) total += fs.statSync(file).size;
  }
  return total;
}

test('npm run build:weapp builds what project.config.json points at, with every page and within the package limits', () => {
  execSync('npx taro build --type weapp', { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
  const project = JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8')) as { miniprogramRoot: string };
  expect(path.resolve(ROOT, project.miniprogramRoot)).toBe(OUT);

  const app = JSON.parse(fs.readFileSync(path.join(OUT, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: Array<{ root: string; pages: string[] }>;
    subpackages?: Array<{ root: string; pages: string[] }>;
  };
  const subPackages = app.subPackages ?? app.subpackages ?? [];
  const built = [...app.pages, ...subPackages.flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/$/, '')}/${page}`))];
  expect(built.sort()).toEqual(Object.values(PAGES).sort());
  expect(app.pages.every((p) => p.startsWith('pages/'))).toBe(true);

  const subRoots = subPackages.map((p) => p.root.replace(/\/$/, ''));
  const mainBytes = sizeOf(OUT, (rel) => subRoots.some((r) => rel.startsWith(r + path.sep)));
  expect(mainBytes).toBeLessThan(TWO_MB);
  for (const root of subRoots) expect(sizeOf(path.join(OUT, root))).toBeLessThan(TWO_MB);
}, 240_000);
