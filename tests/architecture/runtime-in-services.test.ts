import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Only src/services decides the runtime (mini program or H5): pages, components and hooks ask a service what the
 * runtime offers, so a page that uses runtime APIs works in both builds without its own branch. src/app.config.ts
 * is build configuration (Taro evaluates it while building, like config/), so it may choose pages per target.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const ALLOWED = [/^src\/services\//, /^src\/app\.config\.ts$/];
const READS_RUNTIME = /\bTARO_ENV\b/;

/** Every client file under `root`/src that reads TARO_ENV outside the allowed places, as "path:line". */
function runtimeReadsOutsideServices(root: string): string[] {
  const src = path.join(root, 'src');
  return fs
    .readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|js|jsx)$/.test(f))
    .map((f) => path.posix.join('src', f.split(path.sep).join('/')))
    .filter((file) => !ALLOWED.some((re) => re.test(file)))
    .flatMap((file) =>
      fs
        .readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (READS_RUNTIME.test(line) ? [`${file}:${i + 1}`] : [])),
    );
}

test('no client file outside src/services reads TARO_ENV', () => {
  expect(runtimeReadsOutsideServices(ROOT)).toEqual([]);
});

test('the check finds a planted runtime branch in a page and allows it in a service', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-runtime-'));
  try {
    const plant = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    plant('src/services/runtime.ts', "export const inWeapp = () => process.env.TARO_ENV === 'weapp';\n");
    plant('src/app.config.ts', "export default { custom: process.env.TARO_ENV === 'weapp' };\n");
    plant('src/packages/shop/pages/edit/index.tsx', "import { x } from 'y';\n\nif (process.env.TARO_ENV === 'h5') x();\n");
    plant('src/hooks/portal.ts', "const env = process.env['TARO_ENV'];\n");
    expect(runtimeReadsOutsideServices(root).sort()).toEqual(['src/hooks/portal.ts:1', 'src/packages/shop/pages/edit/index.tsx:3']);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
