import fs from 'node:fs';
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
