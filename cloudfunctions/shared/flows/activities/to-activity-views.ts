import type { ActivityPhase, BargainActivityView, BargainView, FlashSaleView, GroupBuyView, GroupView } from '../../../../src/contracts/activities';
import { toFen } from '../../../../src/domain/money/fen';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';
import { maskNickname } from '../users/mask-nickname';
import { nicknamesOf } from '../users/nicknames-of';
import type { BargainActivityDoc, BargainDoc, FlashSaleDoc, GroupBuyDoc, GroupDoc } from '../../kernel/docs/activity-docs';

type Base = FlashSaleDoc | GroupBuyDoc | BargainActivityDoc;

export function phaseOf(a: { startAt: string; endAt: string }, nowIso: string): ActivityPhase {
  return nowIso < a.startAt ? 'UPCOMING' : nowIso >= a.endAt ? 'ENDED' : 'ON';
}

async function productPart(store: Store, a: Base, nowIso: string) {
  const sku = await store.get(COLLECTIONS.skus, a.skuId);
  const product = await store.get(COLLECTIONS.products, a.productId);
  return {
    id: a._id,
    productId: a.productId,
    skuId: a.skuId,
    title: product?.title ?? '商品已删除',
    specs: sku?.specs ?? '',
    imageUrl: product?.images[0] ?? '',
    listPriceFen: sku?.priceFen ?? toFen(0),
    startAt: a.startAt,
    endAt: a.endAt,
    phase: phaseOf(a, nowIso),
    paysCommission: a.paysCommission,
  };
}

export async function toFlashSaleView(store: Store, s: FlashSaleDoc, nowIso: string): Promise<FlashSaleView> {
  return { ...(await productPart(store, s, nowIso)), priceFen: s.priceFen, stockTotal: s.stockTotal, stockLeft: s.stockLeft, perUserLimit: s.perUserLimit };
}

export async function toGroupBuyView(store: Store, g: GroupBuyDoc, nowIso: string): Promise<GroupBuyView> {
  return { ...(await productPart(store, g, nowIso)), priceFen: g.priceFen, leaderPriceFen: g.leaderPriceFen, requiredMembers: g.requiredMembers, hours: g.hours };
}

export async function toBargainActivityView(store: Store, b: BargainActivityDoc, nowIso: string): Promise<BargainActivityView> {
  return { ...(await productPart(store, b, nowIso)), floorFen: b.floorFen, helps: b.helps, minCutFen: b.minCutFen, maxCutFen: b.maxCutFen, hours: b.hours };
}

/** Other users appear only by masked nickname. */
export async function toGroupView(store: Store, group: GroupDoc, activity: GroupBuyDoc, viewerId: string, nowIso: string): Promise<GroupView> {
  const names = await nicknamesOf(store, group.memberIds);
  return {
    id: group._id,
    // The share card shows what joining costs: the price the group opened with, not a later edit's.
    activity: { ...(await toGroupBuyView(store, activity, nowIso)), ...(group.priceFen !== undefined ? { priceFen: group.priceFen } : {}) },
    status: group.status,
    requiredMembers: group.requiredMembers,
    members: group.memberIds.map((id, i) => ({ nickname: maskNickname(names.get(id) ?? '微信用户'), leader: i === 0 })),
    placesLeft: Math.max(0, group.requiredMembers - group.memberCount),
    expiresAt: group.expiresAt,
    iAmMember: group.memberIds.includes(viewerId),
  };
}

export async function toBargainView(store: Store, bargain: BargainDoc, activity: BargainActivityDoc, viewerId: string, nowIso: string): Promise<BargainView> {
  const helps = await store.find(COLLECTIONS.bargainHelps, { bargainId: bargain._id }, { limit: 50, orderBy: [{ field: 'index', direction: 'asc' }] });
  const names = await nicknamesOf(store, [bargain.starterId, ...helps.map((h) => h.helperId)]);
  const mine = helps.find((h) => h.helperId === viewerId);
  return {
    id: bargain._id,
    activity: await toBargainActivityView(store, activity, nowIso),
    starterNickname: maskNickname(names.get(bargain.starterId) ?? '微信用户'),
    isMine: bargain.starterId === viewerId,
    status: bargain.status,
    currentFen: bargain.currentFen,
    helpsDone: bargain.helpsDone,
    helpsNeeded: bargain.helps,
    expiresAt: bargain.expiresAt,
    myCutFen: mine ? mine.cutFen : null,
    helpers: helps.map((h) => ({ nickname: maskNickname(names.get(h.helperId) ?? '微信用户'), cutFen: h.cutFen })),
    orderId: bargain.starterId === viewerId ? bargain.orderId : null,
  };
}
