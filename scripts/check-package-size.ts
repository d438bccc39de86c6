/**
 * The mini-program package budget, run after every weapp build: the main package (everything outside the
 * subpackage roots) ≤ 1 MB — half the platform's 2 MB limit, so the first screen stays quick — and each subpackage
 * ≤ 2 MB (the platform's limit, platform-facts §6). Prints each size; exits 1 when any is over budget.
 */
import fs from 'node:fs';
import path from 'node:path';

export const MAIN_BUDGET = 1024 * 1024;
export const SUBPACKAGE_BUDGET = 2 * 1024 * 1024;

export interface PackageSize {
  name: string;
  bytes: number;
  budget: number;
}

function sizeOf(dir: string, skip: (file: string) => boolean = () => false): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && !skip(file)) total += fs.statSync(file).size;
  }
  return total;
}

/** Sizes of the main package and every subpackage declared in `<outDir>/app.json`. */
export function measurePackages(outDir: string): PackageSize[] {
  const app = JSON.parse(fs.readFileSync(path.join(outDir, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>;
    subpackages?: Array<{ root: string }>;
  };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => path.join(outDir, p.root.replace(/\/$/, '')));
  const main = sizeOf(outDir, (file) => roots.some((root) => file.startsWith(root + path.sep)));
  return [
    { name: '主包 (main)', bytes: main, budget: MAIN_BUDGET },
    ...roots.map((root) => ({ name: path.relative(outDir, root), bytes: sizeOf(root), budget: SUBPACKAGE_BUDGET })),
  ];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'dist', 'weapp'));
  const sizes = measurePackages(outDir);
  for (const s of sizes) console.log(`${s.name.padEnd(24)} ${kb(s.bytes).padStart(10)} / ${kb(s.budget)}${s.bytes > s.budget ? '  超出预算' : ''}`);
  const over = sizes.filter((s) => s.bytes > s.budget);
  if (over.length) {
    console.error(`包体积超出预算：${over.map((s) => s.name).join('、')}`);
    process.exit(1);
  }
}
