import { createWechatNotices } from '../../cloudfunctions/shared/platform/wechat-notices';
import { createWechatPay } from '../../cloudfunctions/shared/platform/wechat-pay';
import { toFen } from '../../src/domain/money/fen';

/** A stand-in for wx-server-sdk's `cloud`: records each cloudPay / openapi call and answers what the test says. */
function fakeCloud(answers: Record<string, (input: Record<string, unknown>) => unknown>) {
  const calls: Array<[string, Record<string, unknown>]> = [];
  const call = (name: string) => async (input: Record<string, unknown>) => {
    calls.push([name, input]);
    return answers[name]?.(input);
  };
  const cloud = {
    getWXContext: () => ({ ENV: 'prod-env-1', CLIENTIP: '1.2.3.4' }),
    cloudPay: { unifiedOrder: call('unifiedOrder'), queryOrder: call('queryOrder'), closeOrder: call('closeOrder'), refund: call('refund') },
    openapi: { subscribeMessage: { send: call('subscribeMessage.send') }, wxa: { sec: { order: { uploadShippingInfo: call('uploadShippingInfo') } } } },
  };
  return { cloud, calls };
}

const OK = { returnCode: 'SUCCESS', resultCode: 'SUCCESS' };
beforeEach(() => {
  process.env.WX_SUB_MCH_ID = '1900000109';
  delete process.env.WX_SUBSCRIBE_TEMPLATES;
});
afterAll(() => {
  delete process.env.WX_SUB_MCH_ID;
});

describe('cloudPay adapter', () => {
  test('unifiedOrder sends 分, the order id, the notify function and the bound merchant; returns the payment object', async () => {
    const payment = { timeStamp: '1', nonceStr: 'n', package: 'prepay_id=wx1', signType: 'MD5', paySign: 's' };
    const { cloud, calls } = fakeCloud({ unifiedOrder: () => ({ ...OK, payment }) });
    const pay = createWechatPay(cloud);
    expect(await pay.unifiedOrder({ outTradeNo: 'O123', totalFen: toFen(2370), body: '新鲜水果'.repeat(30), openid: 'u1' })).toEqual({ kind: 'wechat', payment });
    const [, input] = calls[0]!;
    expect(input).toMatchObject({ functionName: 'payment-callback', envId: 'prod-env-1', subMchId: '1900000109', outTradeNo: 'O123', totalFee: 2370, tradeType: 'JSAPI', spbillCreateIp: '1.2.3.4' });
    expect(Buffer.byteLength(input.body as string)).toBeLessThanOrEqual(128);
    expect(input.nonceStr).toMatch(/^[0-9a-f]{32}$/);
  });

  test('a refused prepay and a missing merchant number are errors, never a fake payment', async () => {
    const { cloud } = fakeCloud({ unifiedOrder: () => ({ returnCode: 'SUCCESS', resultCode: 'FAIL', errCodeDes: '商户号未授权' }) });
    await expect(createWechatPay(cloud).unifiedOrder({ outTradeNo: 'O1', totalFen: toFen(1), body: 'x', openid: 'u' })).rejects.toThrow('商户号未授权');
    delete process.env.WX_SUB_MCH_ID;
    await expect(createWechatPay(cloud).unifiedOrder({ outTradeNo: 'O1', totalFen: toFen(1), body: 'x', openid: 'u' })).rejects.toThrow('WX_SUB_MCH_ID');
  });

  test('queryOrder maps trade states; closeOrder tolerates closed / missing orders but not a paid one', async () => {
    let answer: Record<string, unknown> = { ...OK, tradeState: 'SUCCESS', transactionId: '4200X', totalFee: 990 };
    let closeAnswer: Record<string, unknown> = { ...OK };
    const { cloud } = fakeCloud({ queryOrder: () => answer, closeOrder: () => closeAnswer });
    const pay = createWechatPay(cloud);
    expect(await pay.queryOrder({ outTradeNo: 'O1' })).toEqual({ state: 'PAID', transactionId: '4200X', totalFen: 990 });
    answer = { ...OK, tradeState: 'NOTPAY' };
    expect(await pay.queryOrder({ outTradeNo: 'O1' })).toMatchObject({ state: 'NOTPAY' });
    answer = { ...OK, tradeState: 'USERPAYING' };
    expect(await pay.queryOrder({ outTradeNo: 'O1' })).toMatchObject({ state: 'UNKNOWN' });
    answer = { returnCode: 'SUCCESS', resultCode: 'FAIL', errCode: 'ORDERNOTEXIST' };
    expect(await pay.queryOrder({ outTradeNo: 'O1' })).toMatchObject({ state: 'NOTPAY' });
    closeAnswer = { returnCode: 'SUCCESS', resultCode: 'FAIL', errCode: 'ORDERCLOSED' };
    await expect(pay.closeOrder({ outTradeNo: 'O1' })).resolves.toBeUndefined();
    closeAnswer = { returnCode: 'SUCCESS', resultCode: 'FAIL', errCode: 'ORDERPAID', errCodeDes: '订单已支付' };
    await expect(pay.closeOrder({ outTradeNo: 'O1' })).rejects.toThrow('订单已支付');
  });

  test('refund sends the stable refund number and the notify function; a refusal is a result, not a throw', async () => {
    let answer: Record<string, unknown> = { ...OK, refundId: 'wxr9' };
    const { cloud, calls } = fakeCloud({ refund: () => answer });
    const pay = createWechatPay(cloud);
    expect(await pay.refund({ outRefundNo: 'Rabc', outTradeNo: 'O1', totalFen: toFen(2370), refundFen: toFen(790) })).toEqual({ ok: true, state: 'ACCEPTED', refundRef: 'wxr9' });
    expect(calls[0]![1]).toMatchObject({ functionName: 'refund-callback', outRefundNo: 'Rabc', outTradeNo: 'O1', totalFee: 2370, refundFee: 790, subMchId: '1900000109' });
    answer = { returnCode: 'SUCCESS', resultCode: 'FAIL', errCodeDes: '基本账户余额不足' };
    expect(await pay.refund({ outRefundNo: 'Rabc', outTradeNo: 'O1', totalFen: toFen(2370), refundFen: toFen(790) })).toEqual({ ok: false, reason: '基本账户余额不足' });
  });
});

describe('subscribe message and shipping adapter', () => {
  test('maps semantic fields to the configured template fields within their length limits', async () => {
    process.env.WX_SUBSCRIBE_TEMPLATES = JSON.stringify({ ORDER_SHIPPED: { id: 'T-SHIP', fields: { orderNo: 'character_string1', goods: 'thing2' } } });
    const { cloud, calls } = fakeCloud({});
    const notices = createWechatNotices(cloud);
    expect(notices.subscribeTemplateIds()).toEqual({ ORDER_SHIPPED: 'T-SHIP' });
    const goods = '超长的商品名称超长的商品名称超长的商品名称';
    expect(await notices.sendSubscribeMessage({ openid: 'u1', template: 'ORDER_SHIPPED', page: 'p?orderId=O1', data: { orderNo: 'O1', goods, unused: 'x' } })).toEqual({ ok: true });
    expect(calls[0]).toEqual([
      'subscribeMessage.send',
      { touser: 'u1', templateId: 'T-SHIP', page: 'p?orderId=O1', data: { character_string1: { value: 'O1' }, thing2: { value: [...goods].slice(0, 20).join('') } }, miniprogramState: 'formal' },
    ]);
    expect(await notices.sendSubscribeMessage({ openid: 'u1', template: 'ORDER_PAID', page: 'p', data: {} })).toEqual({ ok: false, reason: '模板未配置：ORDER_PAID' });
  });

  test('an SDK error (e.g. 43101 no quota) comes back as a reason', async () => {
    process.env.WX_SUBSCRIBE_TEMPLATES = JSON.stringify({ ORDER_PAID: { id: 'T', fields: {} } });
    const { cloud } = fakeCloud({
      'subscribeMessage.send': () => {
        throw Object.assign(new Error('user refuse to accept the msg'), { errCode: 43101 });
      },
      uploadShippingInfo: () => undefined,
    });
    const notices = createWechatNotices(cloud);
    expect(await notices.sendSubscribeMessage({ openid: 'u1', template: 'ORDER_PAID', page: 'p', data: {} })).toEqual({ ok: false, reason: expect.stringContaining('43101') });
    expect(await notices.uploadShippingInfo({ transactionId: 'T1', openid: 'u1', carrier: '顺丰', trackingNo: 'SF1', itemDesc: '苹果×2', receiverContact: '138****8000' })).toEqual({ ok: true });
  });

  test('a store pickup is uploaded as 用户自提 (logistics_type 4) without carrier or tracking number', async () => {
    const { cloud, calls } = fakeCloud({ uploadShippingInfo: () => undefined });
    const notices = createWechatNotices(cloud);
    expect(await notices.uploadShippingInfo({ transactionId: 'T2', openid: 'u1', carrier: '门店自提', trackingNo: 'ABCDEFGH23', itemDesc: '苹果×2', receiverContact: '138****8000', logisticsType: 4 })).toEqual({ ok: true });
    expect(calls[0]?.[1]).toMatchObject({ orderKey: { orderNumberType: 2, transactionId: 'T2' }, logisticsType: 4, shippingList: [{ itemDesc: '苹果×2' }] });
    expect((calls[0]?.[1] as { shippingList: object[] }).shippingList[0]).not.toHaveProperty('trackingNo');
  });
});
