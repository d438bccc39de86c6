import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  // Staff downloads (exports): a spreadsheet opens in Excel / WPS instead of showing as text.
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Serves a file inside `root`; never outside it. Returns false when there is no such file. */
export function serveFile(res: ServerResponse, root: string, urlPath: string, cacheSeconds: number): boolean {
  const file = fileInside(root, urlPath);
  if (file === null) return false;
  const stat = fileStat(file);
  if (!stat) return false;
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': stat.size,
    'cache-control': cacheSeconds > 0 ? `public, max-age=${cacheSeconds}` : 'no-cache',
  });
  fs.createReadStream(file).pipe(res);
  return true;
}

/**
 * Serves a file once and removes it (an export link is a bearer secret: once downloaded it stops working, so a link
 * left in a chat or a browser history gives nothing away). Never cached.
 */
export function serveOnce(res: ServerResponse, root: string, urlPath: string): boolean {
  const file = fileInside(root, urlPath);
  const stat = file === null ? null : fileStat(file);
  if (file === null || !stat) return false;
  const bytes = fs.readFileSync(file);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': bytes.length,
    'cache-control': 'no-store',
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(path.basename(file))}`,
  });
  res.end(bytes);
  return true;
}

/** The file a URL path names inside `root`, or null for anything that would leave it. */
function fileInside(root: string, urlPath: string): string | null {
  const decoded = safeDecode(urlPath);
  if (decoded === null) return null;
  const file = path.join(root, path.normalize(decoded).replace(/^(\.\.[/\\])+/, ''));
  return file.startsWith(path.resolve(root) + path.sep) ? file : null;
}

function fileStat(file: string): fs.Stats | null {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

function safeDecode(p: string): string | null {
  try {
    return decodeURIComponent(p);
  } catch {
    return null;
  }
}
