import { PAGES } from '../../src/contracts/pages';
import { boundShopper, buyAndPay } from '../support/money-flow';
import { ADDRESS, aRequestId } from '../support/test-runtime';
import type { MiniProgram } from './support/mini-program';
import { CUSTOMER, DISTRIBUTOR, OWNER, startWeappShop, type WeappShop } from './support/weapp-shop';

/**
 * Every page of app.json, opened in the real mini program as the shop's people would open it: onLoad → onShow →
 * onReady with no error, and the data it sends to the view is the shop's real data (names, ¥ prices, figures) or
 * the refusal the server gives that person.
 */
type Persona = 'customer' | 'distributor' | 'owner';
interface PageCase {
  query?: (f: Fixtures) => Record<string, string>;
  /** What each persona must read; customer and owner open every page, the distributor only where named. */
  expect: Partial<Record<Persona, string[]>>;
  /** Where a persona ends up when the page sends them on (redirectTo); by default they stay. */
  lands?: Partial<Record<Persona, string>>;
}

interface Fixtures {
  orderId: string;
  lineId: string;
  afterSaleId: string;
  bindingUserId: string;
  storeId: string;
  shopId: string;
  flashSaleId: string;
  groupBuyId: string;
  groupId: string;
  bargainId: string;
  payRequestId: string;
}

const NO_PERMISSION = ['没有权限执行此操作'];
const OWNER_ONLY = ['仅店主可以执行此操作'];

const CASES: Record<string, PageCase> = {
  [PAGES.home]: { expect: { customer: ['赣南脐橙', '¥39.90', '限时活动'], owner: ['海南金煌芒', '¥29.90'] } },
  [PAGES.category]: { expect: { customer: ['生鲜水果', '烟台红富士苹果', '¥35.80'], owner: ['休闲零食'] } },
  [PAGES.cart]: { expect: { customer: ['赣南脐橙', '¥39.90', '去结算'], owner: ['购物车还是空的'] } },
  [PAGES.me]: { expect: { customer: ['张顾客', '我的订单', '成为分销商'], distributor: ['李分享的鲜果铺', '¥3.99', '待结算佣金', '我的店铺码'], owner: ['王店长'] } },
  [PAGES.admin]: { expect: { customer: ['管理后台仅店员可用'], owner: ['王店长', '店主', '经营数据', '提现审核'] } },
  [PAGES.product]: { query: () => ({ productId: 'p01' }), expect: { customer: ['赣南脐橙', '¥39.90', '5斤装', '10斤装', '加入购物车'], distributor: ['分享赚'], owner: ['赣南脐橙'] } },
  [PAGES.checkout]: {
    query: () => ({ productId: 'p02', skuId: 'p02-s1', quantity: '2' }),
    expect: { customer: ['烟台红富士苹果', '¥35.80', '¥71.60', '提交订单'], owner: ['烟台红富士苹果', '¥71.60'] },
  },
  [PAGES.stores]: { expect: { customer: ['西湖旗舰店', '0571-88886666'], owner: ['西湖旗舰店'] } },
  [PAGES.reserve]: { query: (f) => ({ storeId: f.storeId }), expect: { customer: ['西湖旗舰店', '10:00', '余 5'], owner: ['16:00'] } },
  [PAGES.orders]: { expect: { customer: ['赣南脐橙', '实付', '¥39.90'], owner: ['暂无相关订单'] } },
  [PAGES.order]: { query: (f) => ({ orderId: f.orderId }), expect: { customer: ['赣南脐橙', '实付款', '¥39.90', '张三'], owner: ['订单不存在'] } },
  [PAGES.team]: { expect: { customer: ['还没有直属成员'], distributor: ['一级（直属）', '1'], owner: ['一级（直属）'] } },
  [PAGES.earnings]: { expect: { customer: ['可提现', '¥0.00'], distributor: ['待结算', '¥3.99'], owner: ['可提现'] } },
  [PAGES.ranking]: { expect: { customer: ['你还不是分销商'], distributor: ['结算佣金榜', '本期还没有上榜的分销商'], owner: ['你还不是分销商'] } },
  [PAGES.couponCentre]: { expect: { customer: ['满100减10', '全场通用'], owner: ['满100减10', '领取'] } },
  [PAGES.myCoupons]: { expect: { customer: ['满100减10'], owner: ['这里还没有优惠券'] } },
  [PAGES.points]: { expect: { customer: ['我的积分', '积分规则'], owner: ['我的积分'] } },
  [PAGES.memberLevel]: { expect: { customer: ['普通会员', '累计消费', '¥89.80'], owner: ['¥0.00'] } },
  // The default policy admits without an application: the page offers the one-tap join instead of the form.
  [PAGES.distributorApply]: { expect: { customer: ['成为分销商免费', '无需申请', '成为分销商'], distributor: ['你已是分销商'], owner: ['无需申请'] } },
  [PAGES.afterSaleApply]: { query: (f) => ({ orderId: f.orderId, lineId: f.lineId }), expect: { customer: ['赣南脐橙', '仅退款', '不想要了', '¥39.90', '提交申请'], owner: ['订单不存在'] } },
  [PAGES.afterSale]: { query: (f) => ({ afterSaleId: f.afterSaleId }), expect: { customer: ['待商家处理', '丹东草莓', '仅退款', '拍错 / 多拍', '撤销申请'], owner: ['售后单不存在'] } },
  [PAGES.shop]: { query: (f) => ({ shopId: f.shopId }), expect: { customer: ['李分享的鲜果铺', '总部统一发货'], owner: ['李分享的鲜果铺'] } },
  [PAGES.myShop]: { expect: { customer: ['你还不是分销商'], distributor: ['店铺名称', '李分享的鲜果铺'], owner: ['你还不是分销商'] } },
  [PAGES.adminDashboard]: { expect: { customer: NO_PERMISSION, owner: ['销售额', '¥129.70', '付款订单', '3'] } },
  [PAGES.adminProducts]: { expect: { customer: NO_PERMISSION, owner: ['赣南脐橙', '在售', '编辑'] } },
  [PAGES.adminProduct]: { query: () => ({ productId: 'p01' }), expect: { customer: NO_PERMISSION, owner: ['赣南脐橙', '5斤装', '39.90'] } },
  [PAGES.adminOrders]: { expect: { customer: NO_PERMISSION, owner: ['待发货', '赣南脐橙', '张顾客', '¥39.90'] } },
  [PAGES.adminOrder]: { query: (f) => ({ orderId: f.orderId }), expect: { customer: NO_PERMISSION, owner: ['张顾客', '张三', '¥39.90', '发货'] } },
  [PAGES.adminDistribution]: { expect: { customer: NO_PERMISSION, owner: ['待审核', '没有待审核的申请'] } },
  [PAGES.adminBindings]: { query: (f) => ({ userId: f.bindingUserId, name: '新用户' }), expect: { customer: NO_PERMISSION, owner: ['扫码 / 分享', '无上级'] } },
  [PAGES.adminFinance]: { expect: { customer: NO_PERMISSION, owner: ['支付异常', '账目核对', '没有待处理的支付异常'] } },
  [PAGES.adminSettings]: { expect: { customer: NO_PERMISSION, owner: ['一级比例', '10'] } },
  [PAGES.adminShopSettings]: { expect: { customer: NO_PERMISSION, owner: ['店铺名称', '支付时限', '店铺 Logo', '客服电话'] } },
  [PAGES.adminCompliance]: { expect: { customer: ['成为分销商永远免费'], owner: ['成为分销商永远免费'] } },
  [PAGES.adminStaff]: { expect: { customer: OWNER_ONLY, owner: ['王店长', '生成邀请码'] } },
  [PAGES.adminAudit]: { expect: { customer: OWNER_ONLY, owner: ['王店长', '满100减10'] } },
  [PAGES.adminCustomers]: { expect: { customer: NO_PERMISSION, owner: ['张顾客', '¥89.80'] } },
  [PAGES.adminCustomer]: { query: () => ({ userId: CUSTOMER }), expect: { customer: NO_PERMISSION, owner: ['张顾客', '累计消费', '¥89.80'] } },
  [PAGES.adminExports]: { expect: { customer: ['导出佣金流水'], owner: ['导出佣金流水', '导出提现记录'] } },
  [PAGES.adminImport]: { expect: { customer: ['导出 Excel'], owner: ['导出 Excel', '预检'] } },
  [PAGES.adminActivities]: { expect: { customer: NO_PERMISSION, owner: ['烟台红富士苹果', '¥19.90'] } },
  [PAGES.adminCategories]: { expect: { customer: NO_PERMISSION, owner: ['生鲜水果', '个商品'] } },
  [PAGES.adminCoupons]: { expect: { customer: NO_PERMISSION, owner: ['满100减10', '发放中'] } },
  [PAGES.adminFullReductions]: { expect: { customer: NO_PERMISSION, owner: ['还没有满减活动'] } },
  [PAGES.adminMarketingRules]: { expect: { customer: NO_PERMISSION, owner: ['积分与签到'] } },
  [PAGES.adminVerify]: { expect: { customer: ['核销码'], owner: ['核销码', '核销自提'] } },
  [PAGES.adminStores]: { expect: { customer: NO_PERMISSION, owner: ['西湖旗舰店', '0571-88886666'] } },
  [PAGES.counter]: { query: (f) => ({ storeId: f.storeId }), expect: { customer: ['西湖旗舰店', '满100减10，满200减30', '计算优惠'], owner: ['西湖旗舰店', '请先计算优惠'] } },
  [PAGES.luckyDraw]: { expect: { customer: ['幸运大转盘', '活动规则', '谢谢参与', '60.00', '今日剩余'], owner: ['幸运大转盘', '奖项与中奖概率'] } },
  [PAGES.adminLuckyDraws]: { expect: { customer: NO_PERMISSION, owner: ['幸运大转盘', '无门槛5元券', '新建抽奖'] } },
  [PAGES.stampCards]: { expect: { customer: ['集满 5 点送 15 元券', '已集', '集点奖励15元券'], owner: ['集满 5 点送 15 元券', '已集 0/5 点'] } },
  [PAGES.adminStampCards]: { expect: { customer: NO_PERMISSION, owner: ['集满 5 点送 15 元券', '新建集点卡'] } },
  [PAGES.adminCounter]: { expect: { customer: NO_PERMISSION, owner: ['西湖旗舰店', '买单设置', '买单记录', '门店买单码'] } },
  // The demo customer's 我的 (server/seed/seed-demo-member.ts); the owner has none of it.
  [PAGES.favourites]: { expect: { customer: ['烟台红富士苹果', '每日坚果', '收藏于'], owner: ['还没有收藏的商品'] } },
  // The owner's 足迹 holds whatever product pages this suite opened as them before.
  [PAGES.history]: { expect: { customer: ['每日坚果', '麻辣牛肉干', '浏览于', '清空'], owner: ['最近浏览的', '件商品'] } },
  [PAGES.addresses]: { expect: { customer: ['王小美', '13800138000', '默认', '世纪大道 100 号 18 楼', '新增收货地址'], owner: ['还没有收货地址', '新增收货地址'] } },
  [PAGES.addressEdit]: { query: () => ({ addressId: 'demo-home' }), expect: { customer: ['王小美', '浙江省', '文三路 90 号 东部软件园 2 号楼', '从微信收货地址导入'], owner: ['地址不存在'] } },
  [PAGES.activities]: { expect: { customer: ['烟台红富士苹果', '¥19.90', '丹东草莓', '¥49.90', '最低砍至'], owner: ['限时秒杀'] } },
  [PAGES.flashSale]: { query: (f) => ({ saleId: f.flashSaleId }), expect: { customer: ['烟台红富士苹果', '¥19.90', '立即抢购'], owner: ['¥19.90'] } },
  [PAGES.groupBuy]: { query: (f) => ({ activityId: f.groupBuyId }), expect: { customer: ['丹东草莓', '¥49.90', '我要开团'], owner: ['¥49.90'] } },
  [PAGES.group]: { query: (f) => ({ groupId: f.groupId }), expect: { customer: ['还差', '1', '邀请好友参团'], owner: ['参与拼团'] } },
  [PAGES.bargain]: { query: (f) => ({ bargainId: f.bargainId }), expect: { customer: ['当前价', '¥39.90', '邀请好友帮砍'] } },
  [PAGES.bargainHelp]: {
    query: (f) => ({ bargainId: f.bargainId }),
    // The starter opening their own card is taken to their bargain.
    lands: { customer: PAGES.bargain },
    expect: { customer: ['当前价', '邀请好友帮砍'], owner: ['帮 TA 砍一刀', '¥39.90'] },
  },
  [PAGES.search]: { expect: { customer: ['热门搜索', '脐橙', '保温杯'], owner: ['热门搜索', '坚果'] } },
  [PAGES.productReviews]: { query: () => ({ productId: 'p05' }), expect: { customer: ['4.7 分 · 共 3 条评价', '有图（1）', '陈***', '商家回复：感谢支持'], owner: ['系统默认好评'] } },
  // The fixture order is paid, not received yet: no review before receipt; someone else's order is not found.
  [PAGES.writeReview]: { query: (f) => ({ orderId: f.orderId, lineId: f.lineId }), expect: { customer: ['确认收货后才能评价'], owner: ['订单不存在'] } },
  [PAGES.adminReviews]: { expect: { customer: NO_PERMISSION, owner: ['每日坚果', '商家回复', '热门搜索词'] } },
  [PAGES.friendPay]: { query: (f) => ({ payRequestId: f.payRequestId }), expect: { customer: ['¥35.80'], owner: ['¥35.80'] } },
};

/** The shop's history the pages show: paid orders, a bound shopper's commission, a coupon, a group, a bargain. */
async function makeFixtures(shop: WeappShop): Promise<Fixtures> {
  const { rt } = shop;
  const order = await buyAndPay(rt, CUSTOMER, [{ skuId: 'p01-s1', quantity: 1 }]);
  const bindingUserId = await boundShopper(rt, DISTRIBUTOR);
  await buyAndPay(rt, bindingUserId, [{ skuId: 'p01-s1', quantity: 1 }]);
  const [coupon] = await rt.ok('marketing', 'listCouponCentre', {}, CUSTOMER);
  await rt.ok('marketing', 'claimCoupon', { requestId: aRequestId(), templateId: coupon!.template.id }, CUSTOMER);
  const activities = await rt.ok('activities', 'listActivities', {}, CUSTOMER);
  const [flashSale] = activities.flashSales;
  const [groupBuy] = activities.groupBuys;
  const [bargainActivity] = activities.bargains;
  const group = await rt.ok('activities', 'openGroup', { activityId: groupBuy!.id, requestId: aRequestId(), address: ADDRESS }, CUSTOMER);
  await rt.pay(group.order.id);
  // An open 仅退款 request on the 拼团 order (asking moves no money: every figure the other pages show stays).
  const afterSale = await rt.ok('orders', 'requestAfterSale', { requestId: aRequestId(), orderId: group.order.id, lineId: group.order.lines[0]!.lineId, kind: 'REFUND_ONLY', units: 1, reason: 'ORDERED_BY_MISTAKE' }, CUSTOMER);
  const bargain = await rt.ok('activities', 'startBargain', { activityId: bargainActivity!.id }, CUSTOMER);
  const unpaid = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p02-s1', quantity: 1 }], address: ADDRESS }, CUSTOMER);
  const payRequest = await rt.ok('activities', 'createPayRequest', { orderId: unpaid.id }, CUSTOMER);
  const [store] = await rt.ok('stores', 'listNearbyStores', {}, CUSTOMER);
  const myShop = await rt.ok('distributor', 'getMyShop', {}, DISTRIBUTOR);
  return {
    orderId: order.id,
    lineId: order.lines[0]!.lineId,
    afterSaleId: afterSale.id,
    bindingUserId,
    storeId: store!.id,
    shopId: myShop.shopId,
    flashSaleId: flashSale!.id,
    groupBuyId: groupBuy!.id,
    groupId: group.groupId,
    bargainId: bargain.id,
    payRequestId: payRequest.id,
  };
}

let shop: WeappShop;
let fixtures: Fixtures;
const phones = {} as Record<Persona, MiniProgram>;

beforeAll(async () => {
  shop = await startWeappShop();
  fixtures = await makeFixtures(shop);
  phones.customer = await shop.phone(CUSTOMER);
  phones.distributor = await shop.phone(DISTRIBUTOR);
  phones.owner = await shop.phone(OWNER);
  // The customer's cart holds what they put in it on the product page (the cart lives on the phone).
  await phones.customer.open(PAGES.product, { productId: 'p01' });
  await phones.customer.tap('加入购物车');
}, 120_000);
afterAll(() => shop.close());

test('the table names every page of the built app.json', () => {
  expect(Object.keys(CASES).sort()).toEqual(phones.owner.allPages().sort());
});

const visits = Object.entries(CASES).flatMap(([route, c]) =>
  (['customer', 'distributor', 'owner'] as const).filter((p) => p !== 'distributor' || c.expect.distributor).map((persona) => [route, persona, c] as const),
);

test.each(visits)('%s as the %s', async (route, persona, c) => {
  const phone = phones[persona];
  const errorsBefore = phone.errors.length;
  await phone.open(route, c.query?.(fixtures) ?? {});
  expect(phone.errors.slice(errorsBefore)).toEqual([]);
  const page = phone.currentPage!;
  expect(page.route).toBe(c.lands?.[persona] ?? route);
  expect(phone.calls.some((call) => call.api === 'cloud.callFunction') || route === PAGES.cart).toBe(true);
  const text = phone.visibleText(page);
  expect(text).not.toMatch(/^\s*(加载中…|正在打开…)?\s*$/);
  for (const wanted of c.expect[persona] ?? []) expect(text).toContain(wanted);
  expect(phone.lifecycleOf(page)).toEqual(['onLoad', 'onShow', 'onReady']);
  phone.closePage();
});
