// The one alias source is tsconfig.json `paths`; Taro, esbuild and jest all derive their aliases from it here.
const path = require('path');
const tsconfig = require('../tsconfig.json');

const root = path.resolve(__dirname, '..');
const paths = tsconfig.compilerOptions.paths;

/** `{ '@/domain': '/abs/src/domain', ... }` for webpack (Taro) and esbuild. */
function directoryAliases() {
  const out = {};
  for (const [pattern, [target]] of Object.entries(paths)) {
    out[pattern.replace(/\/\*$/, '')] = path.join(root, target.replace(/\/\*$/, ''));
  }
  return out;
}

/** `{ '^@/domain/(.*)$': '<rootDir>/src/domain/$1', ... }` for jest's moduleNameMapper. */
function jestModuleNameMapper() {
  const out = {};
  for (const [pattern, [target]] of Object.entries(paths)) {
    const key = '^' + pattern.replace(/\/\*$/, '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + '/(.*)$';
    out[key] = '<rootDir>/' + target.replace(/\/\*$/, '/$1');
  }
  return out;
}

module.exports = { directoryAliases, jestModuleNameMapper, root };
