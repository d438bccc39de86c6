import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Envelope } from '../../src/contracts/envelope';
import { ownerOverGateway, seedDemoMarketing } from '../../server/seed/seed-demo-marketing';
import { startLocalServer } from '../../server/start-local-server';

/** `npm start`'s extra demo data goes through the admin actions: a payload that drifts from their schemas fails here. */
test('the demo coupon, activities and store are created once, however often the shop restarts', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-demo-'));
  const server = await startLocalServer({ port: 0, dataDir, databaseFile: ':memory:', h5Dir: null, mode: 'local', log: { info: () => undefined, error: () => undefined } });
  const ask = async <T>(fn: string, action: string) => {
    const res = await fetch(`${server.url}/api/fn/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-openid': 'dev_customer' }, body: JSON.stringify({ action, payload: {} }) });
    const envelope = (await res.json()) as Envelope<T>;
    if (!envelope.ok) throw new Error(`${fn}.${action}: ${envelope.code}`);
    return envelope.data;
  };
  try {
    await seedDemoMarketing(ownerOverGateway(server.url), new Date());
    await seedDemoMarketing(ownerOverGateway(server.url), new Date(Date.now() + 60_000));
    expect(await ask<unknown[]>('marketing', 'listCouponCentre')).toHaveLength(1);
    expect(await ask<Array<{ name: string }>>('marketing', 'listOpenLuckyDraws')).toEqual([expect.objectContaining({ name: '幸运大转盘' })]);
    expect(await ask<Array<{ name: string }>>('marketing', 'listMyStampCards')).toEqual([expect.objectContaining({ name: '集满 5 点送 15 元券', goal: 5 })]);
    const activities = await ask<{ flashSales: unknown[]; groupBuys: unknown[]; bargains: unknown[] }>('activities', 'listActivities');
    expect([activities.flashSales.length, activities.groupBuys.length, activities.bargains.length]).toEqual([1, 1, 1]);
    const stores = await ask<Array<{ id: string; name: string }>>('stores', 'listNearbyStores');
    expect(stores).toEqual([expect.objectContaining({ name: '西湖旗舰店' })]);
    const counter = await fetch(`${server.url}/api/fn/stores`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-openid': 'dev_customer' }, body: JSON.stringify({ action: 'getCounter', payload: { storeId: stores[0]!.id } }) });
    expect(((await counter.json()) as Envelope<unknown>)).toMatchObject({ ok: true, data: { enabled: true, offerText: '满100减10，满200减30' } });
    // 每日签到 pays real points in the demo (the shop's own default is none).
    expect(await ask<{ pointsEarned: number; balance: number }>('marketing', 'signIn')).toMatchObject({ pointsEarned: 10, balance: 10 });
  } finally {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
