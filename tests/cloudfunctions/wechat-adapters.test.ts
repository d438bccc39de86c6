import { createWechatNotices } from '../../cloudfunctions/shared/kernel/platform/wechat-notices';
import { createWechatPay } from '../../cloudfunctions/shared/kernel/platform/wechat-pay';
import { createWechatPlatform } from '../../cloudfunctions/shared/kernel/platform/wechat-platform';
import { toFen } from '../../src/domain/money/fen';
import { installFakeGateway, openApiJson, payReply, WECHAT_PAY, type FakeGateway } from '../support/fake-cloudbase-gateway';

/**
 * The WeChat adapters over the real wx-server-sdk: each test feeds the gateway what WeChat Pay v2 / the cloud-call
 * API documents, and the SDK turns it into what the adapter reads (see fake-cloudbase-gateway.ts).
 */
let gw: FakeGateway;
beforeEach(() => {
  gw = installFakeGateway();
  process.env.WX_SUB_MCH_ID = '1900000109';
  for (const key of Object.keys(process.env)) if (key.startsWith('WX_TEMPLATE_')) delete process.env[key];
});
afterEach(() => gw.restore());
afterAll(() => {
  delete process.env.WX_SUB_MCH_ID;
});

describe('cloudPay adapter', () => {
  test('unifiedOrder sends 分, the order id, the notify function and the bound merchant in snake_case; returns the payment object', async () => {
    const payment = { appId: 'wx1', timeStamp: '1700000000', nonceStr: 'n', package: 'prepay_id=wx1', signType: 'MD5', paySign: 's' };
    gw.answer('unifiedOrder', payReply({ ...WECHAT_PAY.ok({ prepay_id: 'wx1', trade_type: 'JSAPI' }), payment } as never));
    const pay = createWechatPay(gw.cloud);
    expect(await pay.unifiedOrder({ outTradeNo: 'O123', totalFen: toFen(2370), body: '新鲜水果'.repeat(30), openid: 'u1' })).toEqual({ kind: 'wechat', payment });
    const sent = gw.calls[0]!;
    expect(sent).toMatchObject({ action: 'wx.wxPayApi', api: 'unifiedOrder' });
    expect(sent.data).toMatchObject({ function_name: 'payment-callback', env_id: 'prod-env-1', sub_mch_id: '1900000109', out_trade_no: 'O123', total_fee: 2370, trade_type: 'JSAPI' });
    expect(Buffer.byteLength(sent.data.body as string)).toBeLessThanOrEqual(128);
    expect(sent.data.nonce_str).toMatch(/^[0-9a-f]{32}$/);
  });

  test('a refused prepay and a missing merchant number are errors, never a fake payment', async () => {
    gw.answer('unifiedOrder', payReply(WECHAT_PAY.fail('NOAUTH', '商户无此接口权限')));
    await expect(createWechatPay(gw.cloud).unifiedOrder({ outTradeNo: 'O1', totalFen: toFen(1), body: 'x', openid: 'u' })).rejects.toThrow('商户无此接口权限');
    gw.answer('unifiedOrder', payReply(WECHAT_PAY.commFail('签名错误')));
    await expect(createWechatPay(gw.cloud).unifiedOrder({ outTradeNo: 'O1', totalFen: toFen(1), body: 'x', openid: 'u' })).rejects.toThrow('签名错误');
    delete process.env.WX_SUB_MCH_ID;
    await expect(createWechatPay(gw.cloud).unifiedOrder({ outTradeNo: 'O1', totalFen: toFen(1), body: 'x', openid: 'u' })).rejects.toThrow('WX_SUB_MCH_ID');
  });

  test('queryOrder reads trade_state; an order WeChat Pay never saw is NOTEXIST, not UNKNOWN', async () => {
    const pay = createWechatPay(gw.cloud);
    gw.answer('queryOrder', payReply(WECHAT_PAY.ok({ trade_state: 'SUCCESS', transaction_id: '4200X', total_fee: '990', out_trade_no: 'O1' })));
    expect(await pay.queryOrder({ outTradeNo: 'O1' })).toEqual({ state: 'PAID', transactionId: '4200X', totalFen: 990 });
    expect(gw.calls[0]!.data).toMatchObject({ sub_mch_id: '1900000109', out_trade_no: 'O1' });
    gw.answer('queryOrder', payReply(WECHAT_PAY.ok({ trade_state: 'NOTPAY', trade_state_desc: '订单未支付' })));
    expect(await pay.queryOrder({ outTradeNo: 'O1' })).toMatchObject({ state: 'NOTPAY' });
    gw.answer('queryOrder', payReply(WECHAT_PAY.ok({ trade_state: 'CLOSED', trade_state_desc: '订单已关闭' })));
    expect(await pay.queryOrder({ outTradeNo: 'O1' })).toMatchObject({ state: 'CLOSED' });
    gw.answer('queryOrder', payReply(WECHAT_PAY.ok({ trade_state: 'USERPAYING' })));
    expect(await pay.queryOrder({ outTradeNo: 'O1' })).toMatchObject({ state: 'UNKNOWN' });
    gw.answer('queryOrder', payReply(WECHAT_PAY.fail('ORDERNOTEXIST', '此交易订单号不存在')));
    expect(await pay.queryOrder({ outTradeNo: 'O1' })).toMatchObject({ state: 'NOTEXIST' });
    gw.answer('queryOrder', payReply(WECHAT_PAY.fail('SYSTEMERROR', '系统错误')));
    expect(await pay.queryOrder({ outTradeNo: 'O1' })).toEqual({ state: 'UNKNOWN', detail: '系统错误' });
  });

  test('closeOrder: done when closed now, already closed or never created; refused when paid', async () => {
    const pay = createWechatPay(gw.cloud);
    gw.answer('closeOrder', payReply(WECHAT_PAY.ok()));
    await expect(pay.closeOrder({ outTradeNo: 'O1' })).resolves.toBeUndefined();
    gw.answer('closeOrder', payReply(WECHAT_PAY.fail('ORDERCLOSED', '订单已关闭')));
    await expect(pay.closeOrder({ outTradeNo: 'O1' })).resolves.toBeUndefined();
    gw.answer('closeOrder', payReply(WECHAT_PAY.fail('ORDERNOTEXIST', '订单不存在')));
    await expect(pay.closeOrder({ outTradeNo: 'O1' })).resolves.toBeUndefined();
    gw.answer('closeOrder', payReply(WECHAT_PAY.fail('ORDERPAID', '订单已支付')));
    await expect(pay.closeOrder({ outTradeNo: 'O1' })).rejects.toThrow('订单已支付');
    gw.answer('closeOrder', payReply(WECHAT_PAY.fail('SYSTEMERROR', '系统错误')));
    await expect(pay.closeOrder({ outTradeNo: 'O1' })).rejects.toThrow('系统错误');
  });

  test('refund sends the stable refund number; a refusal or a failed call is a result with a readable reason', async () => {
    const pay = createWechatPay(gw.cloud);
    const input = { outRefundNo: 'Rabc', outTradeNo: 'O1', totalFen: toFen(2370), refundFen: toFen(790) };
    gw.answer('refund', payReply(WECHAT_PAY.ok({ refund_id: 'wxr9', out_refund_no: 'Rabc', refund_fee: '790' })));
    expect(await pay.refund(input)).toEqual({ ok: true, state: 'ACCEPTED', refundRef: 'wxr9' });
    expect(gw.calls[0]!.data).toMatchObject({ function_name: 'refund-callback', out_refund_no: 'Rabc', out_trade_no: 'O1', total_fee: 2370, refund_fee: 790, sub_mch_id: '1900000109' });
    gw.answer('refund', payReply(WECHAT_PAY.fail('NOTENOUGH', '基本账户余额不足，请充值后重新发起')));
    expect(await pay.refund(input)).toEqual({ ok: false, reason: '基本账户余额不足，请充值后重新发起' });
    gw.answer('refund', payReply(WECHAT_PAY.commFail('签名错误')));
    expect(await pay.refund(input)).toEqual({ ok: false, reason: '签名错误' });
  });
});

describe('cloud calls: codes, content check, subscribe messages, shipping', () => {
  test('getUnlimited: the image is uploaded; a refusal (page not published, no permission yet) is a clear typed error', async () => {
    const platform = createWechatPlatform(gw.cloud);
    gw.answer('wxacode.getUnlimited', { kind: 'openapi-binary', contentType: 'image/jpeg', bytes: Buffer.from([0xff, 0xd8, 0xff]) });
    expect(await platform.renderCode({ scene: 'abc', page: 'packages/store/pages/product/index' })).toBe('cloud://prod-env-1.test/codes/abc.png');
    expect(gw.calls[0]).toMatchObject({ action: 'wx.openApi', api: 'wxacode.getUnlimited', data: { scene: 'abc', page: 'packages/store/pages/product/index', check_path: false, width: 430 } });

    gw.answer('wxacode.getUnlimited', openApiJson({ errcode: 41030, errmsg: 'invalid page rid: 1' }));
    await expect(platform.renderCode({ scene: 'abc', page: 'p' })).rejects.toMatchObject({ code: 'SHARE.CODE_FAILED', message: expect.stringContaining('发布') });
    gw.answer('wxacode.getUnlimited', openApiJson({ errcode: -604101, errmsg: 'function has no permission to call this API' }));
    await expect(platform.renderCode({ scene: 'abc', page: 'p' })).rejects.toMatchObject({ code: 'SHARE.CODE_FAILED', message: expect.stringContaining('权限') });
  });

  test('msgSecCheck v2: the verdict is result.suggest with a readable label; a refused check is a typed error', async () => {
    const platform = createWechatPlatform(gw.cloud);
    gw.answer('security.msgSecCheck', openApiJson({ errcode: 0, errmsg: 'ok', result: { suggest: 'pass', label: 100 }, detail: [], trace_id: 't' }));
    expect(await platform.checkText({ openid: 'u1', text: '好店' })).toEqual({ pass: true });
    expect(gw.calls[0]!.data).toEqual({ openid: 'u1', scene: 1, version: 2, content: '好店' });
    gw.answer('security.msgSecCheck', openApiJson({ errcode: 0, errmsg: 'ok', result: { suggest: 'risky', label: 20002 }, detail: [], trace_id: 't' }));
    expect(await platform.checkText({ openid: 'u1', text: 'x' })).toEqual({ pass: false, label: '色情' });
    gw.answer('security.msgSecCheck', openApiJson({ errcode: 0, errmsg: 'ok', result: { suggest: 'review', label: 21000 }, detail: [], trace_id: 't' }));
    expect(await platform.checkText({ openid: 'u1', text: 'x' })).toEqual({ pass: false, label: '其他' });
    // 61010: the user has not opened the mini program in the last 2 hours — WeChat will not judge on their behalf.
    gw.answer('security.msgSecCheck', openApiJson({ errcode: 61010, errmsg: 'user is not visited recently' }));
    await expect(platform.checkText({ openid: 'u1', text: 'x' })).rejects.toMatchObject({ code: 'SHOP.CONTENT_CHECK_FAILED' });
  });

  test('subscribeMessage.send: semantic fields mapped to the template within their limits; 43101 comes back as a reason', async () => {
    process.env.WX_TEMPLATE_ORDER_SHIPPED = 'T-SHIP|orderNo=character_string1,goods=thing2';
    gw.answer('subscribeMessage.send', openApiJson({ errcode: 0, errmsg: 'ok' }));
    const notices = createWechatNotices(gw.cloud);
    expect(notices.subscribeTemplateIds()).toEqual({ ORDER_SHIPPED: 'T-SHIP' });
    const goods = '超长的商品名称超长的商品名称超长的商品名称';
    expect(await notices.sendSubscribeMessage({ openid: 'u1', template: 'ORDER_SHIPPED', page: 'p?orderId=O1', data: { orderNo: 'O1', goods, unused: 'x' } })).toEqual({ ok: true });
    expect(gw.calls[0]!.data).toEqual({ touser: 'u1', template_id: 'T-SHIP', page: 'p?orderId=O1', data: { character_string1: { value: 'O1' }, thing2: { value: [...goods].slice(0, 20).join('') } }, miniprogram_state: 'formal' });
    expect(await notices.sendSubscribeMessage({ openid: 'u1', template: 'ORDER_PAID', page: 'p', data: {} })).toEqual({ ok: false, reason: '模板未配置：ORDER_PAID' });
    gw.answer('subscribeMessage.send', openApiJson({ errcode: 43101, errmsg: 'user refuse to accept the msg' }));
    expect(await notices.sendSubscribeMessage({ openid: 'u1', template: 'ORDER_SHIPPED', page: 'p', data: {} })).toEqual({ ok: false, reason: expect.stringContaining('43101') });
  });

  test('logistics.getPath (物流助手): order, buyer, carrier code and waybill go out; the track comes back newest first with its stages; a refusal is a reason', async () => {
    const platform = createWechatPlatform(gw.cloud);
    const input = { orderId: 'O123', openid: 'u1', carrierCode: 'SF', carrierName: '顺丰速运', trackingNo: 'SF1234567890', shippedAt: '2026-11-20T02:00:00.000Z', destination: '杭州', now: '2026-11-22T02:00:00.000Z' };
    gw.answer('logistics.getPath', openApiJson({
      errcode: 0,
      errmsg: 'ok',
      openid: 'u1',
      delivery_id: 'SF',
      waybill_id: 'SF1234567890',
      path_item_num: 3,
      path_item_list: [
        { action_time: 1795140000, action_type: 100001, action_msg: '快递员已成功取件' },
        { action_time: 1795150000, action_type: 200001, action_msg: '快件已到达杭州转运中心' },
        { action_time: 1795160000, action_type: 300003, action_msg: '已签收' },
      ],
    }));
    expect(await platform.trackWaybill(input)).toEqual({
      ok: true,
      nodes: [
        { at: new Date(1795160000 * 1000).toISOString(), stage: 'SIGNED', text: '已签收' },
        { at: new Date(1795150000 * 1000).toISOString(), stage: 'IN_TRANSIT', text: '快件已到达杭州转运中心' },
        { at: new Date(1795140000 * 1000).toISOString(), stage: 'PICKED_UP', text: '快递员已成功取件' },
      ],
    });
    expect(gw.calls[0]).toMatchObject({ action: 'wx.openApi', api: 'logistics.getPath', data: { order_id: 'O123', openid: 'u1', delivery_id: 'SF', waybill_id: 'SF1234567890' } });
    gw.answer('logistics.getPath', openApiJson({ errcode: 9300507, errmsg: 'waybill not exist' }));
    expect(await platform.trackWaybill(input)).toEqual({ ok: false, reason: expect.stringContaining('9300507') });
  });

  test('uploadShippingInfo sends the carrier code as express_company; a refusal comes back as a reason', async () => {
    gw.answer('wxa.sec.order.uploadShippingInfo', openApiJson({ errcode: 0, errmsg: 'ok' }));
    const notices = createWechatNotices(gw.cloud);
    const input = { transactionId: 'T1', openid: 'u1', carrierCode: 'SF', trackingNo: 'SF1', itemDesc: '苹果×2', receiverContact: '138****8000' };
    expect(await notices.uploadShippingInfo(input)).toEqual({ ok: true });
    expect(gw.calls[0]!.data).toMatchObject({
      order_key: { order_number_type: 2, transaction_id: 'T1' },
      logistics_type: 1,
      delivery_mode: 1,
      shipping_list: [{ tracking_no: 'SF1', express_company: 'SF', item_desc: '苹果×2', contact: { receiver_contact: '138****8000' } }],
      payer: { openid: 'u1' },
    });
    gw.answer('wxa.sec.order.uploadShippingInfo', openApiJson({ errcode: 10060001, errmsg: 'express_company invalid' }));
    expect(await notices.uploadShippingInfo(input)).toEqual({ ok: false, reason: expect.stringContaining('10060001') });
  });

  test('a store pickup is uploaded as 用户自提 (logistics_type 4) without carrier or tracking number', async () => {
    gw.answer('wxa.sec.order.uploadShippingInfo', openApiJson({ errcode: 0, errmsg: 'ok' }));
    const notices = createWechatNotices(gw.cloud);
    expect(await notices.uploadShippingInfo({ transactionId: 'T2', openid: 'u1', carrierCode: '', trackingNo: 'ABCDEFGH23', itemDesc: '苹果×2', receiverContact: '138****8000', logisticsType: 4 })).toEqual({ ok: true });
    expect(gw.calls[0]!.data).toMatchObject({ order_key: { order_number_type: 2, transaction_id: 'T2' }, logistics_type: 4, shipping_list: [{ item_desc: '苹果×2' }] });
    expect((gw.calls[0]!.data as { shipping_list: object[] }).shipping_list[0]).not.toHaveProperty('tracking_no');
  });
});
