import { cyclesIn, filesUnder, graphOf, orphansIn, specifiersIn } from './import-graph';

/**
 * No import cycles anywhere (type-only imports included: a cycle of types still couples two modules), and no
 * orphans: every library module (domain, contracts, services, components, hooks, the functions' shared code) is
 * imported by something, so dead code does not linger.
 */
const ALL = ['src', 'cloudfunctions', 'server', 'scripts', 'tests', 'bench', 'config'].flatMap(filesUnder);
const isLibrary = (file: string) =>
  /^(src\/(domain|contracts|services|components|hooks)|cloudfunctions\/shared)\//.test(file) && !/\.test\.tsx?$/.test(file);

test('no import cycles', () => {
  expect(cyclesIn(graphOf(ALL))).toEqual([]);
});

test('no orphan modules', () => {
  expect(orphansIn(graphOf(ALL), isLibrary)).toEqual([]);
});

describe('the checker', () => {
  const planted = (sources: Record<string, string>) => graphOf(Object.keys(sources), (file) => specifiersIn(sources[file] as string));

  test('finds a planted type-only cycle and a longer one', () => {
    const graph = planted({
      'src/domain/a/one.ts': "import type { Two } from './two';",
      'src/domain/a/two.ts': "import type { One } from './one';",
      'src/domain/b/x.ts': "import { y } from '../b/y';",
      'src/domain/b/y.ts': "export { z } from './z';",
      'src/domain/b/z.ts': "import { x } from '@/domain/b/x';",
      'src/domain/b/free.ts': "import { x } from './x';",
    });
    expect(cyclesIn(graph).sort((l, r) => (l[0] as string).localeCompare(r[0] as string))).toEqual([
      ['src/domain/a/one.ts', 'src/domain/a/two.ts'],
      ['src/domain/b/x.ts', 'src/domain/b/y.ts', 'src/domain/b/z.ts'],
    ]);
  });

  test('finds a planted orphan and not a module someone imports', () => {
    const graph = planted({
      'src/pages/home/index.tsx': "import { used } from '@/components/used';",
      'src/components/used.tsx': '',
      'src/components/dead.tsx': "import { used } from './used';",
    });
    expect(orphansIn(graph, isLibrary)).toEqual(['src/components/dead.tsx']);
  });
});
