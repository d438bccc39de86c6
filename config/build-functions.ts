/**
 * `npm run build:functions`: bundles each cloud function (cloudfunctions/<fn>/index.ts) with esbuild into
 * dist/cloudfunctions/<fn>/index.js, with its config.json and a package.json listing only what the bundle leaves
 * to the runtime (wx-server-sdk). Aliases come from tsconfig `paths`, like Taro's and jest's.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- aliases.js is CommonJS, shared with jest and babel
const { directoryAliases, root } = require('./aliases') as { directoryAliases: () => Record<string, string>; root: string };

const RUNTIME_DEPENDENCIES = ['wx-server-sdk'];

export function listFunctions(): string[] {
  const dir = path.join(root, 'cloudfunctions');
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared' && fs.existsSync(path.join(dir, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort();
}

export async function buildFunctions(outRoot = path.join(root, 'dist', 'cloudfunctions')): Promise<Array<{ name: string; bytes: number }>> {
  const rootPackage = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  fs.rmSync(outRoot, { recursive: true, force: true });
  const built: Array<{ name: string; bytes: number }> = [];
  for (const name of listFunctions()) {
    const outDir = path.join(outRoot, name);
    const result = await build({
      entryPoints: [path.join(root, 'cloudfunctions', name, 'index.ts')],
      outfile: path.join(outDir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node18',
      format: 'cjs',
      minify: true,
      sourcemap: false,
      legalComments: 'none',
      metafile: true,
      alias: directoryAliases(),
      external: RUNTIME_DEPENDENCIES,
      logLevel: 'warning',
    });
    const inputs = Object.keys(result.metafile.inputs);
    const forbidden = inputs.filter((i) => /better-sqlite3|local-platform|embedded-store|server\//.test(i));
    if (forbidden.length) throw new Error(`${name} bundles local-only code: ${forbidden.join(', ')}`);
    fs.copyFileSync(path.join(root, 'cloudfunctions', name, 'config.json'), path.join(outDir, 'config.json'));
    const dependencies = Object.fromEntries(RUNTIME_DEPENDENCIES.map((d) => [d, rootPackage.dependencies[d]]));
    fs.writeFileSync(path.join(outDir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies }, null, 2) + '\n');
    built.push({ name, bytes: fs.statSync(path.join(outDir, 'index.js')).size });
  }
  return built;
}

if (require.main === module) {
  buildFunctions()
    .then((built) => built.forEach((f) => console.log(`${f.name.padEnd(18)} ${(f.bytes / 1024).toFixed(1).padStart(7)} KB`)))
    .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
