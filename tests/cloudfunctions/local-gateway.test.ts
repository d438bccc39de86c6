import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startLocalServer, type LocalServer } from '../../server/start-local-server';
const silentLogger = { info: () => undefined, error: () => undefined };

const servers: LocalServer[] = [];
async function start(mode: 'local' | 'production') {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-gw-'));
  const server = await startLocalServer({ port: 0, dataDir, databaseFile: ':memory:', h5Dir: null, mode, log: silentLogger });
  servers.push(server);
  return server;
}
afterAll(() => Promise.all(servers.map((s) => s.close())));

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

test('local mode: the persona header is the identity, and the dev routes work', async () => {
  const s = await start('local');
  const res = await post(`${s.url}/api/fn/distributor`, { action: 'getMyPanel', payload: {} }, { 'x-dev-openid': 'dev_distributor' });
  expect(await res.json()).toMatchObject({ ok: true, data: { nickname: '李分享', distributor: { status: 'ACTIVE' } } });
  const personas = (await (await fetch(`${s.url}/api/dev/personas`)).json()) as { personas: Array<{ openid: string }> };
  expect(personas.personas.map((p) => p.openid)).toEqual(['dev_staff', 'dev_distributor', 'dev_customer']);
});

test('not in local mode: the persona header and the dev routes are refused', async () => {
  const s = await start('production');
  const res = await post(`${s.url}/api/fn/distributor`, { action: 'getMyPanel', payload: {} }, { 'x-dev-openid': 'dev_distributor' });
  expect(res.status).toBe(403);
  expect(await res.json()).toMatchObject({ ok: false, code: 'AUTH.LOCAL_ONLY' });
  expect((await post(`${s.url}/api/dev/new-user`, {})).status).toBe(403);
  expect((await post(`${s.url}/api/dev/pay`, { orderId: 'O123456789' })).status).toBe(403);
});

test('a client cannot reach the pay callback through the gateway, nor send oversized or broken bodies', async () => {
  const s = await start('local');
  const notify = { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: 'O1234567890', transactionId: 't1', totalFee: 1 };
  expect(await (await post(`${s.url}/api/fn/payment-callback`, notify, { 'x-dev-openid': 'dev_customer' })).json()).toEqual({ errcode: 403, errmsg: 'FORBIDDEN_SOURCE' });
  const big = await post(`${s.url}/api/fn/catalog`, { action: 'listProducts', payload: { categoryId: 'x'.repeat(200_000) } }, { 'x-dev-openid': 'dev_customer' });
  expect(big.status).toBe(413);
  const broken = await fetch(`${s.url}/api/fn/catalog`, { method: 'POST', body: '{not json', headers: { 'x-dev-openid': 'dev_customer' } });
  expect(await broken.json()).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
  expect((await post(`${s.url}/api/fn/no-such-fn`, {})).status).toBe(404);
});

test('files are served from the data folder only', async () => {
  const s = await start('local');
  expect((await fetch(`${s.url}/files/images/p01.svg`)).headers.get('content-type')).toBe('image/svg+xml');
  expect((await fetch(`${s.url}/files/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
});

describe('the local server serves only what is public', () => {
  /** A raw request, so the Host and Origin headers are exactly what a browser on another site would send. */
  function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end(options.body);
    });
  }
  async function startOnDisk() {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-gw-'));
    const server = await startLocalServer({ port: 0, dataDir, h5Dir: null, mode: 'local', log: silentLogger });
    servers.push(server);
    return { s: server, dataDir };
  }

  test('the database, its journal and anything outside uploads / codes / images are not served', async () => {
    const { s, dataDir } = await startOnDisk();
    expect(fs.existsSync(path.join(dataDir, 'shop.db'))).toBe(true);
    fs.writeFileSync(path.join(dataDir, 'shop.db-wal'), 'journal');
    fs.writeFileSync(path.join(dataDir, 'notes.txt'), 'private');
    for (const p of ['shop.db', 'shop.db-wal', 'notes.txt', 'exports/', '%2E%2E/shop.db']) expect({ p, status: (await fetch(`${s.url}/files/${p}`)).status }).toEqual({ p, status: 404 });
    expect((await fetch(`${s.url}/files/images/p01.svg`)).status).toBe(200);
  });

  test('an export is fetched once through an unguessable link; the bare file name is not served', async () => {
    const { s } = await startOnDisk();
    const res = await post(`${s.url}/api/fn/finance`, { action: 'exportWithdrawals', payload: { from: '2026-01-01', to: '2026-01-31' } }, { 'x-dev-openid': 'dev_staff' });
    const { data } = (await res.json()) as { data: { url: string; fileName: string } };
    expect(data.url).toMatch(/^\/files\/exports\/[0-9a-f]{32}\//);
    expect((await fetch(`${s.url}/files/exports/${data.fileName}`)).status).toBe(404);
    const first = await fetch(`${s.url}${data.url}`);
    expect(first.status).toBe(200);
    expect([...new Uint8Array(await first.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the CSV's BOM
    expect((await fetch(`${s.url}${data.url}`)).status).toBe(404);
  });

  test('a request naming another host (DNS rebinding) is refused; localhost and IP addresses are served', async () => {
    const { s } = await startOnDisk();
    const port = new URL(s.url).port;
    for (const host of ['evil.example', `evil.example:${port}`, `localhost.evil.example:${port}`]) {
      expect({ host, status: (await raw(`${s.url}/files/images/p01.svg`, { headers: { host } })).status }).toEqual({ host, status: 403 });
      expect((await raw(`${s.url}/api/dev/personas`, { headers: { host } })).status).toBe(403);
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `192.168.1.20:${port}`]) {
      expect({ host, status: (await raw(`${s.url}/files/images/p01.svg`, { headers: { host } })).status }).toEqual({ host, status: 200 });
    }
  });

  test('cross-origin calls to /api/dev are refused', async () => {
    const { s } = await startOnDisk();
    const evil = await raw(`${s.url}/api/dev/new-user`, { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'text/plain' }, body: '{}' });
    expect(evil.status).toBe(403);
    expect((await raw(`${s.url}/api/dev/run-timers`, { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    expect((await raw(`${s.url}/api/dev/new-user`, { method: 'POST', headers: { origin: s.url } })).status).toBe(200);
    expect((await raw(`${s.url}/api/dev/personas`)).status).toBe(200);
  });

  test('default nicknames do not reveal the openid', async () => {
    const { s } = await startOnDisk();
    const { openid } = (await (await post(`${s.url}/api/dev/new-user`, {})).json()) as { openid: string };
    const fresh = 'oAbCdEfGhIjKlMnOpQrStUvWxYz';
    const roles = await Promise.all([openid, fresh].map(async (id) => ((await (await post(`${s.url}/api/fn/staff`, { action: 'getMyRole', payload: {} }, { 'x-dev-openid': id })).json()) as { data: { nickname: string } }).data.nickname));
    for (const [i, id] of [openid, fresh].entries()) {
      const nickname = roles[i] as string;
      for (let k = 0; k + 4 <= id.length; k++) expect({ nickname, part: id.slice(k, k + 4) }).toEqual({ nickname: expect.not.stringContaining(id.slice(k, k + 4)), part: id.slice(k, k + 4) });
    }
  });
});
