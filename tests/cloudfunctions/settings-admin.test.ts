import type { AuditDoc } from '../../cloudfunctions/shared/kernel/docs/docs';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { createStaff } from '../support/withdrawal-fixtures';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const RETURN_ADDRESS = '鲜甜生活馆售后部 0571-88886666 浙江省杭州市西湖区文三路 100 号';

test('staff with "settings" change the shop info; new orders use the new pay timeout; the change is audited', async () => {
  const clerk = await createStaff(rt, ['settings']);
  expect(await rt.ok('settings-admin', 'getShopSettings', {}, clerk)).toEqual({ shopName: '鲜甜生活馆', payTimeoutMinutes: 30, afterSaleDays: 7, autoReceiveDays: 10, returnAddress: RETURN_ADDRESS, maxUnpaidOrders: 5, maxHeldUnitsPerSku: 20 });
  await rt.ok('settings-admin', 'updateShopSettings', { shopName: '鲜甜生活馆·旗舰店', payTimeoutMinutes: 15, afterSaleDays: 10 }, clerk);
  expect(await rt.ok('settings-admin', 'getShopSettings', {}, clerk)).toEqual({ shopName: '鲜甜生活馆·旗舰店', payTimeoutMinutes: 15, afterSaleDays: 10, autoReceiveDays: 10, returnAddress: RETURN_ADDRESS, maxUnpaidOrders: 5, maxHeldUnitsPerSku: 20 });

  const order = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p01-s1', quantity: 1 }], address: ADDRESS }, 'dev_customer');
  expect(Date.parse(order.payDeadline) - Date.parse(order.createdAt)).toBe(15 * 60_000);
  const [audit] = await rt.store.find<AuditDoc>(COLLECTIONS.auditLog, { target: 'settings' }, { limit: 5 });
  expect(audit).toMatchObject({ actorId: clerk, action: 'updateShopSettings', before: { payTimeoutMinutes: 30 }, after: { payTimeoutMinutes: 15 } });
});

test('an after-sale window below the 7 days of 七日无理由退货 is refused', async () => {
  const res = await rt.call('settings-admin', 'updateShopSettings', { shopName: '店', payTimeoutMinutes: 30, afterSaleDays: 3 }, 'dev_staff');
  expect(res).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
});
