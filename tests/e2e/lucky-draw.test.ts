import type { LuckyDrawAdminView } from '../../src/contracts/lucky-draw';
import { describeShop } from './support/e2e-shop';
import { eventually } from './support/eventually';

describeShop('刮刮卡 / 大转盘 in Chromium: staff make a game (the ¥50,000 cap refused), a shopper signs in, draws once, sees the prize', 'lucky-draw', { demo: true }, (shop) => {

  test('staff form, public odds, a chance from sign-in used once, the prize in 我的奖品', async () => {
    // 1. Staff open 刮刮卡 / 大转盘: the demo game with its stock; a new scratch card whose prize is worth too much is refused.
    const staff = await shop.pageAs('dev_staff');
    await staff.goto(`${shop.server.url}/pages/admin/index`);
    await staff.locator('#admin-entry-lucky-draws').first().waitFor();
    await staff.locator('#admin-entry-lucky-draws').first().click();
    await staff.locator('#draw-form').first().waitFor();
    expect(await eventually(() => shop.text(staff, 'body'), (t) => t.includes('幸运大转盘'))).toContain('88 积分');
    await staff.locator('#draw-name input, input#draw-name').first().fill('开业刮刮卡');
    await staff.locator('#draw-style-SCRATCH').first().click();
    await staff.locator('#draw-rules input, input#draw-rules').first().fill('签到得 1 次机会');
    await staff.locator('#draw-prize-0-name input, input#draw-prize-0-name').first().fill('1000 积分');
    await staff.locator('#draw-prize-0-points input, input#draw-prize-0-points').first().fill('1000');
    await staff.locator('#draw-prize-0-value input, input#draw-prize-0-value').first().fill('50000.01');
    await staff.locator('#draw-prize-0-stock input, input#draw-prize-0-stock').first().fill('3');
    await staff.locator('#draw-save').first().click();
    expect(await eventually(() => shop.text(staff, 'body'), (t) => t.includes('超过 ¥50,000'))).toContain('依法不得作为抽奖奖品');
    await shop.shot(staff, 'staff-prize-over-cap-refused');
    await staff.locator('#draw-prize-0-value input, input#draw-prize-0-value').first().fill('10');
    await staff.waitForTimeout(2500);
    await staff.locator('#draw-save').first().click();
    expect(await eventually(async () => (await shop.api<LuckyDrawAdminView[]>('marketing-admin', 'listLuckyDraws', {}, 'dev_staff')).map((d) => d.name), (names) => names.includes('开业刮刮卡'))).toContain('幸运大转盘');
    await staff.locator('[id^="draw-D"]').nth(1).waitFor();
    await shop.shot(staff, 'staff-games-with-stock');

    // 2. A new shopper opens the game: public rules and odds, no chance yet.
    const shopper = await shop.pageAs(null);
    const [wheel] = (await shop.api<LuckyDrawAdminView[]>('marketing-admin', 'listLuckyDraws', {}, 'dev_staff')).filter((d) => d.name === '幸运大转盘');
    await shopper.goto(`${shop.server.url}/packages/activity/pages/lucky-draw/index?drawId=${wheel!.id}`);
    await shopper.locator('#lucky-rules').first().waitFor();
    expect(await shop.text(shopper, '#lucky-rules')).toContain('60.00%');
    expect(await shop.text(shopper, '#lucky-chances')).toContain('今日剩余 0 次机会');
    await shop.shot(shopper, 'shopper-rules-and-odds-no-chance');

    // 3. Sign in (我的积分), come back: one chance; draw; the chance is spent and the prize is listed.
    const buyer = await shopper.evaluate(() => window.localStorage.getItem('wfx.dev-openid') ?? '');
    await shop.api('marketing', 'signIn', {}, buyer);
    await shopper.reload();
    expect(await eventually(() => shop.text(shopper, '#lucky-chances'), (t) => t.includes('1 次'))).toContain('今日剩余 1 次机会');
    await shopper.locator('#lucky-draw').first().click();
    const result = await eventually(() => shop.text(shopper, '#lucky-result'), (t) => t.length > 0);
    expect(['恭喜获得 无门槛5元券', '恭喜获得 88 积分', '谢谢参与']).toContain(result);
    expect(await eventually(() => shop.text(shopper, '#lucky-chances'), (t) => t.includes('0 次'))).toContain('今日剩余 0 次机会');
    expect(await eventually(() => shop.text(shopper, '#lucky-my-prizes'), (t) => t.includes('幸运大转盘 · '))).toContain(result.replace('恭喜获得 ', ''));
    await shop.shot(shopper, 'shopper-drew-once');
    const again = await fetch(`${shop.server.url}/api/fn/marketing`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-openid': buyer }, body: JSON.stringify({ action: 'drawPrize', payload: { drawId: wheel!.id } }) });
    expect(await again.json()).toMatchObject({ ok: false, code: 'DRAW.NO_CHANCE' });
  }, 180_000);
});
