import type { Page } from 'playwright-core';
import type { PaymentAlertPage } from '../../src/contracts/finance';
import type { OrderView } from '../../src/contracts/orders';
import { describeShop } from './support/e2e-shop';
import { eventually } from './support/eventually';

const ADDRESS = { name: '张三', phone: '13800138000', region: '浙江省 杭州市 西湖区', detail: '文三路 100 号' };
describeShop('支付异常 in Chromium: staff refund a double payment and mark another handled', 'payment-alerts', {}, (shop) => {

  const api = <T>(fn: string, action: string, payload: object, openid: string) => shop.api<T>(fn, action, payload, openid);
  const confirmModal = async (page: Page) => {
    await page.locator('.taro-model__confirm').first().waitFor();
    await page.locator('.taro-model__confirm').first().click();
  };
  /** Paid by the buyer, then a second payment under a friend's number (找人代付): an alert to refund. */
  async function doublePaid(n: number): Promise<{ order: OrderView; domId: string }> {
    const order = await api<OrderView>('orders', 'createOrder', { requestId: `e2e-alert-${n}-${Date.now()}`, lines: [{ skuId: 'p01-s1', quantity: 1 }], address: ADDRESS }, 'dev_customer');
    expect(await shop.dev('pay', { orderId: order.id })).toMatchObject({ errmsg: 'PAID' });
    const friendNo = `${order.id}_FRIEND000${n}`;
    expect(await shop.dev('pay', { orderId: friendNo })).toMatchObject({ errmsg: 'NEEDS_REFUND' });
    return { order, domId: `UNPAYABLE_ORDER_4200${friendNo}` };
  }

  test('the card shows the open count; 退款 asks first and the money goes back; 标记已处理 needs a note', async () => {
    const first = await doublePaid(1);
    const second = await doublePaid(2);

    const staff = await shop.pageAs('dev_staff');
    await staff.goto(`${shop.server.url}/packages/admin/pages/finance/index`);
    await staff.locator('#payment-alerts-open').first().waitFor();
    expect(await shop.text(staff, '#payment-alerts-open')).toBe('2 笔待处理');
    const card = staff.locator(`#payment-alert-${first.domId}`).first();
    await card.waitFor();
    expect(await card.textContent()).toContain('订单已不能收款（如重复支付、已取消）');
    expect(await card.textContent()).toContain(`¥`);
    await shop.shot(staff, 'alerts-open');

    await staff.locator(`#refund-alert-${first.domId}`).first().click();
    await shop.shot(staff, 'refund-confirm');
    await confirmModal(staff);
    await staff.locator(`#payment-alert-${first.domId}`).first().waitFor({ state: 'detached' });
    expect(await eventually(() => shop.text(staff, '#payment-alerts-open'), (t) => t === '1 笔待处理')).toBe('1 笔待处理');

    await staff.locator(`#dismiss-alert-${second.domId}`).first().click();
    await staff.locator(`#dismiss-note-${second.domId} input, input#dismiss-note-${second.domId}`).first().fill('已在商户平台退款');
    await staff.locator(`#dismiss-confirm-${second.domId}`).first().click();
    await confirmModal(staff);
    await staff.getByText('没有待处理的支付异常').first().waitFor();
    await shop.shot(staff, 'alerts-empty');

    await staff.locator('#payment-alert-filter-ALL').first().click();
    await staff.locator(`#payment-alert-${first.domId}`).first().getByText('已退款').first().waitFor();
    await staff.locator(`#payment-alert-${second.domId}`).first().getByText('处理说明：已在商户平台退款').first().waitFor();
    await shop.shot(staff, 'alerts-all');

    const all = await api<PaymentAlertPage>('finance', 'listPaymentAlerts', { state: 'ALL' }, 'dev_staff');
    expect(all.openCount).toBe(0);
    expect(all.items.map((a) => [a.orderId, a.state]).sort()).toEqual([
      [first.order.id, 'REFUNDED'],
      [second.order.id, 'DISMISSED'],
    ].sort());
  }, 240_000);
});
