import type { WithdrawalView } from '../../src/contracts/commission';
import type { OrderView } from '../../src/contracts/orders';
import type { Permission } from '../../src/contracts/staff';
import { ADMIN_FUNCTIONS, FUNCTIONS } from '../../server/function-registry';
import { accessByAction } from '../../src/contracts/api/apis';
import type { ActionHandler } from '../../cloudfunctions/shared/kernel/handler/define-action';
import { DEMO_CATEGORIES } from '../../server/seed/demo-catalog';
import { createNewUser } from '../../server/seed/personas';
import { savePolicy } from './distribution-steps';
import { boundShopper, buyAndPay } from './money-flow';
import { aRequestId, type TestRuntime } from './test-runtime';
import { aWithdrawalRequestId, createStaff, earnSettledCommission } from './withdrawal-fixtures';
import { o2oFixture, storeVersion, WEST_LAKE_STORE } from './o2o-steps';
import { doublePaidOrder } from './payment-alert-fixtures';

/**
 * A sample call of every action of every admin function (server/function-registry.ts ADMIN_FUNCTIONS, derived from
 * the API maps) and the shop it runs in: the authorization matrix and the audit test both drive every admin
 * action through these. A new admin action without a row in SAMPLES fails both.
 */
export interface Fixture {
  paidOrder: OrderView;
  afterSaleOrder: OrderView;
  /** The buyer's open 仅退款 request of one unit on afterSaleOrder. */
  afterSaleId: string;
  applicant: string;
  shopper: string;
  designatee: string;
  secondDistributor: string;
  withdrawal: WithdrawalView;
  staffMember: string;
  o2o: Awaited<ReturnType<typeof o2oFixture>>;
  paymentAlertId: string;
}
export type Needs = Permission | 'owner';
/** A sample call; the permission it needs is the action's row in its API map (src/contracts/api/). */
export interface Sample {
  payload: (fx: Fixture, rt: TestRuntime) => Promise<object> | object;
}

const CATEGORY = DEMO_CATEGORIES[0]?.id ?? '';
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const line = (o: OrderView) => o.lines[0]?.lineId ?? '';
const policyEdit = async (rt: TestRuntime) => {
  const { policy } = await rt.ok('distribution-admin', 'getPolicy', {}, 'dev_staff');
  const { version, threeLevelAck: _ack, ...edit } = policy;
  return { policy: { ...edit, freezeDays: 7 }, expectedVersion: version };
};

const activityWindow = { startAt: '2026-11-20T00:00:00.000Z', endAt: '2026-11-30T00:00:00.000Z' };
const customerVersion = async (rt: TestRuntime, userId: string) => (await rt.ok('customer-admin', 'getCustomer', { userId }, 'dev_staff')).version;

const marketingVersion = async (rt: TestRuntime) => (await rt.ok('marketing-admin', 'getMarketingRules', {}, 'dev_staff')).version;
const marketingWindow = { validFrom: '2026-11-01T00:00:00.000Z', validTo: '2026-12-31T00:00:00.000Z' };

export const SAMPLES: Record<string, Sample> = {
  'order-admin.listOrders': { payload: () => ({ status: 'PAID' }) },
  'order-admin.getOrderDetail': { payload: (fx) => ({ orderId: fx.paidOrder.id }) },
  'order-admin.shipOrder': { payload: (fx) => ({ orderId: fx.paidOrder.id, carrierCode: 'SF', trackingNo: 'SF1000200030' }) },
  'order-admin.listAfterSales': { payload: () => ({ status: 'OPEN' }) },
  'order-admin.approveAfterSale': { payload: (fx) => ({ afterSaleId: fx.afterSaleId }) },
  'order-admin.retryShippingUpload': { payload: (fx) => ({ orderId: fx.paidOrder.id }) },
  'order-admin.refundOrderLine': {
    payload: (fx) => ({ requestId: aRequestId(), orderId: fx.afterSaleOrder.id, lineId: line(fx.afterSaleOrder), units: 1, reason: '质量问题' }),
  },
  'order-admin.rejectAfterSale': { payload: (fx) => ({ afterSaleId: fx.afterSaleId, reason: '不符合退货条件' }) },
  'order-admin.confirmReturnReceived': { payload: (fx) => ({ afterSaleId: fx.afterSaleId }) },
  'order-admin.runSettlement': { payload: () => ({}) },
  'finance.getDashboard': { payload: () => ({}) },
  'finance.listWithdrawals': { payload: () => ({ status: 'REQUESTED' }) },
  'finance.approveWithdrawal': { payload: (fx) => ({ withdrawalId: fx.withdrawal.id }) },
  'finance.rejectWithdrawal': { payload: (fx) => ({ withdrawalId: fx.withdrawal.id, reason: '信息不符' }) },
  'finance.retryWithdrawal': { payload: (fx) => ({ withdrawalId: fx.withdrawal.id }) },
  'finance.exportCommissionEntries': { payload: () => ({ from: '2026-11-01', to: '2026-11-30' }) },
  'finance.exportWithdrawals': { payload: () => ({ from: '2026-11-01', to: '2026-11-30' }) },
  'distribution-admin.getPolicy': { payload: () => ({}) },
  'distribution-admin.updatePolicy': { payload: (_fx, rt) => policyEdit(rt) },
  'distribution-admin.listApplications': { payload: () => ({}) },
  'distribution-admin.reviewApplication': { payload: (fx) => ({ userId: fx.applicant, approve: true }) },
  'distribution-admin.designateDistributor': { payload: (fx) => ({ userId: fx.designatee }) },
  'distribution-admin.setDistributorStatus': { payload: (fx) => ({ userId: fx.secondDistributor, status: 'FROZEN' }) },
  'distribution-admin.setDistributorGrade': { payload: (fx) => ({ userId: fx.secondDistributor, gradeId: null }) },
  'distribution-admin.rebindUser': { payload: (fx) => ({ userId: fx.shopper, newSuperiorId: fx.secondDistributor }) },
  'distribution-admin.listDistributors': { payload: () => ({ status: 'ACTIVE' }) },
  'distribution-admin.listBindings': { payload: (fx) => ({ userId: fx.shopper }) },
  'product-admin.listProducts': { payload: () => ({ onShelf: false }) },
  'product-admin.getProduct': { payload: () => ({ productId: 'p01' }) },
  'product-admin.saveProduct': {
    payload: () => ({ requestId: aRequestId(), title: '测试商品', subtitle: '', categoryId: CATEGORY, description: '', images: ['/files/images/p01.svg'], skus: [{ specs: '默认', priceFen: 1000, stock: 5 }] }),
  },
  'product-admin.setOnShelf': { payload: () => ({ productId: 'p02', onShelf: false }) },
  'product-admin.saveHotWords': { payload: () => ({ words: ['脐橙', '坚果'] }) },
  'product-admin.listReviews': { payload: () => ({}) },
  // Unknown ids: the permitted caller gets the business answer (not found), everyone else is refused first.
  'product-admin.setReviewHidden': { payload: () => ({ reviewId: 'RVunknown00', hidden: true }) },
  'product-admin.replyReview': { payload: () => ({ reviewId: 'RVunknown00', text: '感谢支持' }) },
  'product-admin.uploadProductImage': { payload: () => ({ contentType: 'image/png', dataBase64: ONE_PIXEL_PNG }) },
  'product-admin.exportProducts': { payload: () => ({}) },
  'product-admin.importProducts': {
    payload: () => ({ requestId: aRequestId(), dryRun: false, csv: `商品名称,分类编号,图片,规格,价格(元),库存\n导入测试,${CATEGORY},/files/images/p01.svg,默认,9.90,5\n` }),
  },
  'customer-admin.listCustomers': { payload: () => ({ hasSuperior: true }) },
  'customer-admin.getCustomer': { payload: (fx) => ({ userId: fx.shopper }) },
  'customer-admin.setCustomerTags': { payload: async (fx, rt) => ({ userId: fx.shopper, tags: ['老客'], expectedVersion: await customerVersion(rt, fx.shopper) }) },
  'customer-admin.addCustomerNote': { payload: (fx) => ({ requestId: aRequestId(), userId: fx.shopper, text: '喜欢橙子' }) },
  'customer-admin.exportCustomers': { payload: () => ({ minSpendFen: 0 }) },
  'settings-admin.getShopSettings': { payload: () => ({}) },
  'settings-admin.uploadShopLogo': { payload: () => ({ contentType: 'image/png', dataBase64: ONE_PIXEL_PNG }) },
  'settings-admin.updateShopSettings': { payload: () => ({ shopName: '鲜甜生活馆', payTimeoutMinutes: 30, afterSaleDays: 7 }) },
  'marketing-admin.listCouponTemplates': { payload: () => ({ status: 'ACTIVE' }) },
  'marketing-admin.saveCouponTemplate': {
    payload: () => ({ requestId: aRequestId(), name: '满100减10', rule: { kind: 'FIXED', amountFen: 1000, thresholdFen: 10000 }, scope: { kind: 'ALL' }, ...marketingWindow, perUserLimit: 1, totalQuantity: null, claimable: true }),
  },
  // Unknown ids: the permitted caller gets the business answer (not found), everyone else is refused first.
  'marketing-admin.setCouponTemplateStatus': { payload: () => ({ templateId: 'CTunknown', status: 'STOPPED' }) },
  'marketing-admin.issueCoupon': { payload: (fx) => ({ templateId: 'CTunknown', userId: fx.shopper, requestId: aRequestId() }) },
  'marketing-admin.listFullReductions': { payload: () => ({}) },
  'marketing-admin.saveFullReduction': {
    payload: () => ({ requestId: aRequestId(), name: '满200减30', tiers: [{ thresholdFen: 20000, reductionFen: 3000 }], productIds: null, startAt: marketingWindow.validFrom, endAt: marketingWindow.validTo }),
  },
  'marketing-admin.setFullReductionStatus': { payload: () => ({ activityId: 'FRunknown', status: 'STOPPED' }) },
  'marketing-admin.getMarketingRules': { payload: () => ({}) },
  'marketing-admin.updatePointsRules': {
    payload: async (_fx, rt) => ({ expectedVersion: await marketingVersion(rt), points: { earnBps: 100, fenPerPoint: 1, maxDeductionBps: 5000, signInPoints: 5, streakBonuses: [] } }),
  },
  'marketing-admin.listLuckyDraws': { payload: () => ({}) },
  'marketing-admin.saveLuckyDraw': {
    payload: (_fx, rt) => ({
      requestId: aRequestId(),
      name: '幸运大转盘',
      style: 'WHEEL',
      rulesText: '签到得 1 次机会',
      prizes: [
        { kind: 'POINTS', name: '88 积分', couponTemplateId: null, points: 88, valueFen: 88, stock: 10, weight: 1 },
        { kind: 'NONE', name: '谢谢参与', couponTemplateId: null, points: 0, valueFen: 0, stock: null, weight: 9 },
      ],
      chancesPerDay: 1,
      chanceFromSignIn: true,
      chancePerPaidOrder: false,
      startAt: rt.now().toISOString(),
      endAt: new Date(rt.now().getTime() + 86_400_000).toISOString(),
    }),
  },
  // No game in the fixture: the permitted get past the check to DRAW.NOT_FOUND.
  'marketing-admin.stopLuckyDraw': { payload: () => ({ drawId: 'D0000000000000000' }) },
  'marketing-admin.listDrawRecords': { payload: () => ({ drawId: 'D0000000000000000' }) },
  'marketing-admin.listStampCards': { payload: () => ({}) },
  // A stopped template: the permitted get past the check to STAMP.INVALID, writing nothing.
  'marketing-admin.saveStampCard': {
    payload: (_fx, rt) => ({ requestId: aRequestId(), name: '集满 5 点', goal: 5, rewardTemplateId: 'CTunknown', productIds: ['p01'], perPickup: false, counterMinFen: null, startAt: rt.now().toISOString(), endAt: new Date(rt.now().getTime() + 86_400_000).toISOString() }),
  },
  'marketing-admin.stopStampCard': { payload: () => ({ cardId: 'K0000000000000000' }) },
  'settings-admin.getOfficialAccount': { payload: () => ({}) },
  'settings-admin.setOfficialAccount': { payload: () => ({ showOnScan: true, name: '鲜果铺', qrImageUrl: 'https://example.com/qr.png' }) },
  'marketing-admin.updateMemberLevels': {
    payload: async (_fx, rt) => ({ expectedVersion: await marketingVersion(rt), levels: [{ id: 'silver', name: '银卡', minSpendFen: 100000, offBps: 500, memberPriceFenBySkuId: {} }] }),
  },
  'staff-admin.createInvite': { payload: () => ({ requestId: aRequestId(), permissions: ['orders'] }) },
  'staff-admin.listInvites': { payload: () => ({}) },
  'staff-admin.listStaff': { payload: () => ({}) },
  'staff-admin.setStaffPermissions': { payload: (fx) => ({ userId: fx.staffMember, permissions: ['orders', 'finance'] }) },
  'staff-admin.listAuditLog': { payload: () => ({}) },
  'activity-admin.listFlashSales': { payload: () => ({}) },
  'activity-admin.saveFlashSale': { payload: () => ({ requestId: aRequestId(), skuId: 'p01-s1', ...activityWindow, priceFen: 1990, stockTotal: 10, perUserLimit: 1 }) },
  'activity-admin.deleteFlashSale': { payload: () => ({ id: 'Fnot-a-sale' }) },
  'activity-admin.listGroupBuys': { payload: () => ({}) },
  'activity-admin.saveGroupBuy': { payload: () => ({ requestId: aRequestId(), skuId: 'p01-s1', ...activityWindow, priceFen: 2990, leaderPriceFen: null, requiredMembers: 2, hours: 24, paysCommission: true }) },
  'activity-admin.deleteGroupBuy': { payload: () => ({ id: 'Tnot-a-group-buy' }) },
  'activity-admin.listBargainActivities': { payload: () => ({}) },
  'activity-admin.saveBargainActivity': { payload: () => ({ requestId: aRequestId(), skuId: 'p01-s1', ...activityWindow, floorFen: 990, helps: 5, minCutFen: 100, maxCutFen: 1500, hours: 24 }) },
  'activity-admin.deleteBargainActivity': { payload: () => ({ id: 'Knot-a-bargain' }) },
  'activity-admin.listGroups': { payload: () => ({}) },
  'activity-admin.listBargains': { payload: () => ({}) },
  'product-admin.listCategories': { payload: () => ({}) },
  'product-admin.saveCategory': { payload: () => ({ requestId: aRequestId(), name: `新分类${Math.floor(Math.random() * 1e6)}` }) },
  'product-admin.reorderCategories': { payload: async (_fx, rt) => ({ categoryIds: (await rt.ok('product-admin', 'listCategories', { limit: 50 }, 'dev_staff')).items.map((c) => c.id).reverse() }) },
  // A category with products: the permitted reach the business rule (PRODUCT.CATEGORY_NOT_EMPTY), nothing changes.
  'product-admin.deleteCategory': { payload: () => ({ categoryId: CATEGORY }) },
  'distribution-admin.getProductCommission': { payload: () => ({ productId: 'p03' }) },
  'distribution-admin.setProductCommission': {
    payload: async (_fx, rt) => ({ productId: 'p03', distribution: true, skuRates: { 'p03-s1': [800, 200] }, expectedVersion: (await rt.ok('distribution-admin', 'getProductCommission', { productId: 'p03' }, 'dev_staff')).policyVersion }),
  },
  'finance.checkLedger': { payload: () => ({}) },
  'store-admin.listStores': { payload: () => ({}) },
  'store-admin.saveStore': { payload: () => ({ requestId: aRequestId(), ...WEST_LAKE_STORE }) },
  'store-admin.setStoreStaff': { payload: async (fx, rt) => ({ storeId: fx.o2o.storeId, expectedVersion: await storeVersion(rt, fx.o2o.storeId), distributorId: fx.secondDistributor, staff: [] }) },
  'store-admin.createStoreCode': { payload: (fx) => ({ storeId: fx.o2o.storeId }) },
  'store-admin.verifyPickup': { payload: (fx) => ({ code: fx.o2o.pickupCode }) },
  'store-admin.checkInReservation': { payload: (fx) => ({ code: fx.o2o.reservationCode }) },
  'store-admin.listAgents': { payload: () => ({}) },
  'store-admin.saveAgent': { payload: (fx) => ({ userId: fx.designatee, region: { province: '安徽省', city: '合肥市', district: null }, rateBps: 200 }) },
  'store-admin.removeAgent': { payload: (fx) => ({ agentId: fx.o2o.agentId }) },
  'store-admin.getStoreReport': { payload: () => ({}) },
  'store-admin.getRegionReport': { payload: () => ({}) },
  'store-admin.verifyCoupon': { payload: (fx) => ({ code: fx.o2o.couponCode, storeId: fx.o2o.storeId }) },
  'store-admin.uploadStoreImage': { payload: () => ({ contentType: 'image/png', dataBase64: ONE_PIXEL_PNG }) },
  'store-admin.getStaffReport': { payload: (fx) => ({ storeId: fx.o2o.storeId }) },
  'store-admin.cancelReservation': { payload: (fx) => ({ code: fx.o2o.reservationCode }) },
  'store-admin.getCounterSettings': { payload: (fx) => ({ storeId: fx.o2o.storeId }) },
  'store-admin.saveCounterSettings': {
    payload: async (fx, rt) => ({ storeId: fx.o2o.storeId, expectedVersion: await storeVersion(rt, fx.o2o.storeId), settings: { enabled: true, offer: { kind: 'RATE', payBps: 9000 }, window: null, limitFen: 100000, paysCommission: false } }),
  },
  'store-admin.listCounterPayments': { payload: (fx) => ({ storeId: fx.o2o.storeId }) },
  'finance.listPaymentAlerts': { payload: () => ({ state: 'OPEN' }) },
  // A real open alert (paid twice): the permitted refund it, the owner then gets PAYMENT_ALERT.ALREADY_REFUNDED.
  'finance.refundPaymentAlert': { payload: (fx) => ({ alertId: fx.paymentAlertId }) },
  'finance.listJobFailures': { payload: () => ({}) },
  'finance.dismissPaymentAlert': { payload: (fx) => ({ alertId: fx.paymentAlertId, note: '已在商户平台处理' }) },
};

export function adminActions(): string[] {
  return ADMIN_FUNCTIONS.flatMap((fn) => {
    const handler = FUNCTIONS[fn];
    if (!handler || !('api' in handler)) throw new Error(`admin function ${fn} is not an action function in the registry`);
    return Object.keys((handler as ActionHandler).api.actions).map((action) => `${fn}.${action}`);
  });
}

/** What an admin action needs, as its API map declares it. */
export function needsOf(key: string): Needs {
  const access = accessByAction().get(key);
  if (!access || access === 'user') throw new Error(`${key} is not an admin action`);
  return access;
}


/** The shop every sample runs against: settled commission, a withdrawal, paid orders, an applicant, an O2O store, an alert. */
export async function createAdminFixture(rt: TestRuntime): Promise<Fixture> {
  const { buyer } = await earnSettledCommission(rt);
  const withdrawal = await rt.ok('commission', 'requestWithdrawal', { requestId: aWithdrawalRequestId(), amountFen: 3000, method: 'WECHAT_CHANGE', account: '' }, 'dev_distributor');
  const paidOrder = await buyAndPay(rt, buyer, [{ skuId: 'p01-s1', quantity: 1 }]);
  const afterSaleOrder = await buyAndPay(rt, buyer, [{ skuId: 'p01-s1', quantity: 2 }]);
  const afterSale = await rt.ok('orders', 'requestAfterSale', { requestId: aRequestId(), orderId: afterSaleOrder.id, lineId: line(afterSaleOrder), kind: 'REFUND_ONLY', units: 1, reason: 'NO_LONGER_WANTED' }, buyer);
  const secondDistributor = await createNewUser(rt);
  await rt.ok('distribution-admin', 'designateDistributor', { userId: secondDistributor }, 'dev_staff');
  await savePolicy(rt, { qualification: { kind: 'APPLICATION' } });
  const applicant = await createNewUser(rt);
  await rt.ok('distributor', 'becomeDistributor', { application: { realName: '赵申请', phone: '13700001111', reason: '想分享好物' } }, applicant);
  return {
    paidOrder,
    afterSaleOrder,
    afterSaleId: afterSale.id,
    applicant,
    shopper: await boundShopper(rt),
    designatee: await createNewUser(rt),
    secondDistributor,
    withdrawal,
    staffMember: await createStaff(rt, ['orders']),
    o2o: await o2oFixture(rt, buyer),
    paymentAlertId: (await doublePaidOrder(rt, buyer)).alertId,
  };
}
