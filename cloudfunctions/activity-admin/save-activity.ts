import { failWith } from '../../src/domain/shared/domain-error';
import { ACTIVITY_ERRORS } from '../../src/contracts/activities';
import { ORDERS_ERRORS } from '../../src/contracts/orders';
import type { BargainActivityDoc, FlashSaleDoc, GroupBuyDoc } from '../shared/kernel/docs/activity-docs';
import { writeAudit } from '../shared/flows/auth/write-audit';
import type { UserContext } from '../shared/kernel/context';
import type { SkuDoc } from '../shared/kernel/docs/docs';
import { stableId } from '../shared/flows/scenes/scene-id';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { DocOps } from '../shared/kernel/store/store';

type ActivityDoc = FlashSaleDoc | GroupBuyDoc | BargainActivityDoc;
type ActivityCollection = typeof COLLECTIONS.flashSales | typeof COLLECTIONS.groupBuys | typeof COLLECTIONS.bargainActivities;
interface SaveInput {
  id?: string;
  requestId: string;
  skuId: string;
  startAt: string;
  endAt: string;
  paysCommission?: boolean;
}

/**
 * Create (id from the request id: a retried create makes one activity) or edit one activity, audited in the same
 * transaction. `build` turns the input, the SKU and the current document (null on create) into the fields to
 * store, refusing with a typed error; the product and SKU come from the catalogue, never the payload. Commission
 * is off unless the merchant turns it on.
 */
export async function saveActivity<T extends ActivityDoc>(
  ctx: UserContext,
  spec: { collection: ActivityCollection; prefix: string; action: string },
  input: SaveInput,
  build: (sku: SkuDoc, current: T | null, tx: DocOps) => Omit<T, keyof ActivityDoc | '_id'> | Promise<Omit<T, keyof ActivityDoc | '_id'>>,
): Promise<T> {
  const nowIso = ctx.now.toISOString();
  const id = input.id ?? spec.prefix + stableId([spec.collection, input.requestId], 16);
  return ctx.store.runTransaction(async (tx) => {
    const current = (await tx.get(spec.collection, id)) as T | null;
    if (input.id && (!current || current.deletedAt)) throw failWith(ACTIVITY_ERRORS.NOT_FOUND);
    if (!input.id && current) return current;
    // Orders, groups and bargains already point at this SKU; another product is another activity.
    if (current && input.skuId !== current.skuId) throw failWith(ACTIVITY_ERRORS.SKU_LOCKED);
    const sku = await tx.get(COLLECTIONS.skus, input.skuId);
    if (!sku) throw failWith(ORDERS_ERRORS.SKU_NOT_FOUND, '商品规格不存在');
    const fields = await build(sku, current, tx);
    const doc = {
      ...(current ?? {}),
      ...fields,
      _id: id,
      productId: sku.productId,
      skuId: sku._id,
      startAt: new Date(input.startAt).toISOString(),
      endAt: new Date(input.endAt).toISOString(),
      paysCommission: input.paysCommission ?? false,
      deletedAt: null,
      createdAt: current?.createdAt ?? nowIso,
      updatedAt: nowIso,
    } as T;
    const { _id: _unchanged, ...patch } = doc;
    const written = current ? await tx.update(spec.collection, id, { updatedAt: current.updatedAt }, patch) : await tx.insert(spec.collection, doc);
    if (!written) throw failWith(ACTIVITY_ERRORS.BUSY, '活动刚被修改，请刷新');
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: spec.action, target: id, before: current, after: doc });
    return doc;
  });
}

/** Soft delete (orders keep pointing at it), audited. */
export async function deleteActivity(ctx: UserContext, spec: { collection: ActivityCollection; action: string }, id: string): Promise<{ deleted: true }> {
  const nowIso = ctx.now.toISOString();
  await ctx.store.runTransaction(async (tx) => {
    const current = await tx.get(spec.collection, id);
    if (!current) throw failWith(ACTIVITY_ERRORS.NOT_FOUND);
    if (current.deletedAt) return;
    await tx.update(spec.collection, id, { deletedAt: null }, { deletedAt: nowIso });
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: spec.action, target: id, before: { deletedAt: null }, after: { deletedAt: nowIso } });
  });
  return { deleted: true };
}
