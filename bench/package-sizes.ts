import fs from 'node:fs';
import path from 'node:path';
import { row, type BenchRow } from './bench-row';

const WEAPP = path.resolve(__dirname, '..', 'dist', 'weapp');
const KB = 1024;

function bytesUnder(dir: string, skip: (rel: string) => boolean = () => false): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && !skip(path.relative(WEAPP, file))) total += fs.statSync(file).size;
  }
  return total;
}

/** Mini-program package sizes of the last `npm run build:weapp` (WeChat limits: 2 MB each; our budget: main 1 MB). */
export function packageSizes(): BenchRow[] {
  if (!fs.existsSync(path.join(WEAPP, 'app.json'))) return [];
  const app = JSON.parse(fs.readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as { subPackages?: Array<{ root: string }>; subpackages?: Array<{ root: string }> };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''));
  const rows = [row('weapp', 'main package', bytesUnder(WEAPP, (rel) => roots.some((r) => rel.startsWith(r + path.sep))) / KB, 'KB', { max: 1024 })];
  for (const root of roots) rows.push(row('weapp', `subpackage ${root}`, bytesUnder(path.join(WEAPP, root)) / KB, 'KB', { max: 2048 }));
  return rows;
}
