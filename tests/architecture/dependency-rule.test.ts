import fs from 'node:fs';
import path from 'node:path';
import { filesUnder, importsOf, ROOT, target } from './import-graph';

/**
 * The layering rule of ARCHITECTURE.md §2, checked on every import in the tree:
 * domain imports nothing outside itself; contracts only domain (and zod); client code never imports
 * cloudfunctions/ or server/; a function never imports another function; subpackages never import each other.
 */
const violations = (files: string[], rule: (file: string, to: string | null, spec: string) => string | null) =>
  files.flatMap((file) => importsOf(file).map((spec) => rule(file, target(file, spec), spec)).filter((v): v is string => v !== null));

test('domain imports nothing outside itself, not even a package', () => {
  expect(
    violations(filesUnder('src/domain'), (file, to, spec) =>
      (to === null && !file.endsWith('.test.ts')) || (to !== null && !to.startsWith('src/domain')) ? `${file} → ${spec}` : null,
    ),
  ).toEqual([]);
});

test('contracts import only domain and zod', () => {
  expect(
    violations(filesUnder('src/contracts'), (file, to, spec) =>
      (to === null && spec !== 'zod') || (to !== null && !to.startsWith('src/domain') && !to.startsWith('src/contracts')) ? `${file} → ${spec}` : null,
    ),
  ).toEqual([]);
});

test('client code never imports cloudfunctions or the local server', () => {
  const client = filesUnder('src').filter((f) => !f.startsWith('src/domain') && !f.startsWith('src/contracts'));
  expect(violations(client, (file, to, spec) => (to && /^(cloudfunctions|server|scripts)\//.test(to) ? `${file} → ${spec}` : null))).toEqual([]);
});

test('a function never imports another function', () => {
  const files = filesUnder('cloudfunctions').filter((f) => !f.startsWith('cloudfunctions/shared/'));
  expect(
    violations(files, (file, to, spec) => {
      const own = file.split(path.sep)[1];
      if (!to || !to.startsWith('cloudfunctions/')) return null;
      const other = to.split(path.sep)[1];
      return other !== own && other !== 'shared' ? `${file} → ${spec}` : null;
    }),
  ).toEqual([]);
});

test('shared function code knows no function, and only the kernel platform and CloudBase store know the WeChat SDKs', () => {
  const shared = filesUnder('cloudfunctions/shared');
  expect(
    violations(shared, (file, to, spec) => {
      if (to && to.startsWith('cloudfunctions/') && !to.startsWith('cloudfunctions/shared')) return `${file} → ${spec}`;
      if (/wx-server-sdk|@cloudbase\//.test(spec) && !file.startsWith('cloudfunctions/shared/kernel/platform/') && !file.startsWith('cloudfunctions/shared/kernel/store/cloudbase-store')) return `${file} → ${spec}`;
      return null;
    }),
  ).toEqual([]);
});

test('the kernel never imports a flow', () => {
  expect(
    violations(filesUnder('cloudfunctions/shared/kernel'), (file, to, spec) =>
      to && to.startsWith('cloudfunctions/shared/') && !to.startsWith('cloudfunctions/shared/kernel') ? `${file} → ${spec}` : null,
    ),
  ).toEqual([]);
});

test('stored document types depend on domain types only, never on the wire contracts', () => {
  expect(violations(filesUnder('cloudfunctions/shared/kernel/docs'), (file, to, spec) => (to && to.startsWith('src/contracts/') ? `${file} → ${spec}` : null))).toEqual([]);
});

test('cloudfunctions/shared holds only the kernel and the flows', () => {
  expect(fs.readdirSync(path.join(ROOT, 'cloudfunctions/shared')).sort()).toEqual(['flows', 'kernel']);
});

test('subpackages never import each other', () => {
  const files = filesUnder('src/packages');
  expect(
    violations(files, (file, to, spec) => {
      const own = file.split(path.sep)[2];
      if (!to || !to.startsWith('src/packages/')) return null;
      return to.split(path.sep)[2] !== own ? `${file} → ${spec}` : null;
    }),
  ).toEqual([]);
});
