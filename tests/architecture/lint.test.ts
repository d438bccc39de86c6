import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * `npm test` runs the project's ESLint with no warning allowed; this shows the configuration catches what it is
 * there for, by linting planted sources as if they sat in the tree.
 */
const ROOT = path.resolve(__dirname, '..', '..');

function lint(filePath: string, source: string): string[] {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--stdin', '--stdin-filename', filePath, '--format', 'json'], {
    cwd: ROOT,
    input: source,
    encoding: 'utf8',
  });
  const [report] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null }> }>;
  return (report?.messages ?? []).map((m) => m.ruleId ?? 'parse');
}

test('a hook called inside a callback on a page is an error', () => {
  const source = [
    "import { useState } from 'react';",
    'export default function Page() {',
    '  const pick = () => useState(0);',
    '  return pick;',
    '}',
  ].join('\n');
  expect(lint('src/pages/planted/index.tsx', source)).toContain('react-hooks/rules-of-hooks');
});

test('an unused variable is an error, one named with a leading underscore is not', () => {
  expect(lint('cloudfunctions/shared/flows/planted.ts', 'export function f(a: number) {\n  const unused = a;\n  return 1;\n}\n')).toContain('@typescript-eslint/no-unused-vars');
  expect(lint('cloudfunctions/shared/flows/planted.ts', 'export function f(a: { x: number; y: number }) {\n  const { x: _x, ...rest } = a;\n  return rest;\n}\n')).toEqual([]);
});

test('a clean file passes', () => {
  expect(lint('src/domain/planted.ts', 'export const twice = (n: number): number => n * 2;\n')).toEqual([]);
});
