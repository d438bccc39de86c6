import type { Page } from 'playwright-core';
import type { BargainActivityView, BargainView } from '../../src/contracts/activities';
import type { OrderView } from '../../src/contracts/orders';
import { formatFen } from '../../src/domain/money/format-fen';
import { toFen } from '../../src/domain/money/fen';
import { describeShop } from './support/e2e-shop';
import { eventually } from './support/eventually';

const HOUR_MS = 3_600_000;

describeShop('砍价 in Chromium: a shopper starts a bargain, two friends cut it to the floor on the help page, the shopper buys', 'bargain', {}, (shop) => {

  const fill = async (page: Page, id: string, value: string) => page.locator(`#${id} input, input#${id}`).first().fill(value);

  test('the price lands exactly on the floor after the configured helps, one help per friend', async () => {
    // Staff set up a bargain on 赣南脐橙 5斤装 (¥39.90): two helps bring it to ¥9.90.
    const now = Date.now();
    const activity = await shop.api<BargainActivityView>(
      'activity-admin',
      'saveBargainActivity',
      { requestId: `e2e-bargain-${now}`, skuId: 'p01-s1', startAt: new Date(now - HOUR_MS).toISOString(), endAt: new Date(now + 24 * HOUR_MS).toISOString(), floorFen: 990, helps: 2, minCutFen: 100, maxCutFen: 2900, hours: 24 },
      'dev_staff',
    );

    // 1. The shopper finds it on the 活动 page and starts a bargain.
    const shopper = await shop.pageAs('dev_customer');
    await shopper.goto(`${shop.server.url}/pages/home/index`);
    await shopper.locator('#activity-entry').first().click();
    await shopper.locator(`#bargain-${activity.id}`).first().waitFor();
    await shop.shot(shopper, 'shopper-activities');
    await shopper.locator(`#bargain-${activity.id}`).first().click();
    await shopper.locator('#bargain-start').first().click();
    await shopper.locator('#bargain-price').first().waitFor();
    expect(await shop.text(shopper, '#bargain-price')).toBe(formatFen(toFen(3990)));
    await shop.shot(shopper, 'shopper-bargain-started');
    const { myBargainId } = await shop.api<{ myBargainId: string | null }>('activities', 'getBargainActivity', { activityId: activity.id }, 'dev_customer');
    expect(myBargainId).not.toBeNull();
    const helpUrl = `${shop.server.url}/packages/activity/pages/bargain-help/index?bargainId=${myBargainId}`;

    // 2. Two friends open the share card's page and cut once each; a second tap by the same friend cuts nothing.
    const cuts: number[] = [];
    for (const n of [1, 2]) {
      const { openid } = await shop.dev<{ openid: string }>('new-user');
      const friend = await shop.pageAs(openid);
      await friend.goto(helpUrl);
      await friend.locator('#help-cut').first().click();
      await friend.locator('#help-result').first().waitFor();
      await shop.shot(friend, `friend-${n}-helped`);
      const view = await shop.api<BargainView>('activities', 'getBargain', { bargainId: myBargainId ?? '' }, openid);
      expect(view.myCutFen).not.toBeNull();
      cuts.push(view.myCutFen ?? 0);
      await friend.reload();
      await friend.locator('#help-result').first().waitFor();
      expect(await friend.locator('#help-cut').count()).toBe(0);
      await friend.context().close();
    }
    expect(cuts.reduce((a, b) => a + b, 0)).toBe(3990 - 990);

    // 3. The shopper sees the floor price and buys at it.
    await shopper.goto(`${shop.server.url}/packages/activity/pages/bargain/index?bargainId=${myBargainId}`);
    expect(await eventually(() => shop.text(shopper, '#bargain-price'), (v) => v === formatFen(toFen(990)))).toBe(formatFen(toFen(990)));
    expect(await shop.text(shopper, '#bargain-status')).toBe('已砍到底价');
    await shop.shot(shopper, 'shopper-bargain-floor');
    await shopper.locator('#bargain-buy').first().click();
    await fill(shopper, 'addr-name', '王小二');
    await fill(shopper, 'addr-phone', '13912345678');
    await fill(shopper, 'addr-region', '广东省 深圳市 南山区');
    await fill(shopper, 'addr-detail', '科技园 1 号');
    await shopper.locator('#activity-submit').first().click();
    await shopper.locator('#pay-confirm').first().waitFor();
    expect(await shop.text(shopper, '#pay-amount')).toContain(formatFen(toFen(990)));
    await shop.shot(shopper, 'shopper-pay');
    await shopper.locator('#pay-confirm').first().click();
    await shopper.locator('#order-status').first().waitFor();
    expect(await eventually(() => shop.text(shopper, '#order-status'), (v) => v.includes('已付款'))).toContain('已付款');
    await shop.shot(shopper, 'shopper-order-paid');

    const bargain = await shop.api<BargainView>('activities', 'getBargain', { bargainId: myBargainId ?? '' }, 'dev_customer');
    expect(bargain).toMatchObject({ status: 'BOUGHT', currentFen: 990, helpsDone: 2 });
    const order = await shop.api<OrderView>('orders', 'getOrder', { orderId: bargain.orderId ?? '' }, 'dev_customer');
    expect(order).toMatchObject({ status: 'PAID', totalFen: 990 });
  }, 180_000);
});
