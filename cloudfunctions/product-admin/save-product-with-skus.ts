import { PRODUCT_ADMIN_ERRORS } from '../../src/contracts/product-admin';
import type { productAdminInputs } from '../../src/contracts/product-admin-inputs';
import { toFen } from '../../src/domain/money/fen';
import { cleanKeywords, productSearchTokens } from '../../src/domain/catalog/search-tokens';
import { failWith } from '../../src/domain/shared/domain-error';
import type { z } from 'zod';
import { writeAudit } from '../shared/flows/auth/write-audit';
import { isLiveCategory } from '../shared/flows/catalog/live-categories';
import type { UserContext } from '../shared/kernel/context';
import type { ProductDoc, SkuDoc } from '../shared/kernel/docs/docs';
import { stableId } from '../shared/flows/scenes/scene-id';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { DocOps } from '../shared/kernel/store/store';

type FormInput = z.infer<typeof productAdminInputs.saveProduct>;
/**
 * A SKU as saveProduct's form sends it, or — from the catalogue import — with `addStock`: a change relative to the
 * export the file was made from, added to whatever the SKU holds now.
 */
export type SkuInput = FormInput['skus'][number] & { addStock?: number };
export type SaveProductInput = Omit<FormInput, 'requestId' | 'skus'> & { requestId: string; skus: SkuInput[] };

const stockChanged = () => failWith(PRODUCT_ADMIN_ERRORS.STOCK_CHANGED);

const skuIndex = (id: string) => Number(/-s(\d+)$/.exec(id)?.[1] ?? 0);

/**
 * Creates (off shelf, so staff can check it before shoppers see it) or edits a product and its SKUs in one
 * transaction. A new product's id derives from the request, so a retried create finds it; new SKUs are numbered
 * after the existing ones. A new SKU's stock is set as typed. An existing SKU's stock only ever moves as an
 * adjustment that cannot lose a reservation made meanwhile: from the form, the typed value by compare-and-set on the
 * value the form loaded (PRODUCT.STOCK_CHANGED if an order or a cancel moved it; left alone when not changed); from
 * the import, `addStock` on top of the stock read in the transaction. Used by saveProduct and the CSV import (one
 * call per product). The caller checks the permission.
 */
export async function saveProductWithSkus(ctx: UserContext, input: SaveProductInput): Promise<ProductDoc> {
  if (!isLiveCategory(await ctx.store.get(COLLECTIONS.categories, input.categoryId))) throw failWith(PRODUCT_ADMIN_ERRORS.CATEGORY_NOT_FOUND);
  const productId = input.productId ?? `p${stableId(['product', ctx.openid, input.requestId], 12)}`;
  const existingSkus = await ctx.store.find(COLLECTIONS.skus, { productId }, { limit: 50 });
  const known = new Map(existingSkus.map((s) => [s._id, s]));
  for (const s of input.skus) if (s.skuId && !known.has(s.skuId)) throw failWith(PRODUCT_ADMIN_ERRORS.SKU_NOT_FOUND, `规格 ${s.skuId} 不属于该商品`);

  let next = Math.max(0, ...existingSkus.map((s) => skuIndex(s._id)));
  const skus: SkuDoc[] = input.skus.map((s) => ({ _id: s.skuId ?? `${productId}-s${(next += 1)}`, productId, specs: s.specs, priceFen: toFen(s.priceFen), stock: s.stock }));
  const inputOf = new Map(input.skus.map((s, i) => [skus[i]?._id ?? '', s]));
  const untouched = existingSkus.filter((s) => !skus.some((k) => k._id === s._id));
  const minPriceFen = toFen(Math.min(...[...skus, ...untouched].map((s) => s.priceFen)));
  const maxPriceFen = toFen(Math.max(...[...skus, ...untouched].map((s) => s.priceFen)));
  const fields = {
    title: input.title,
    subtitle: input.subtitle,
    categoryId: input.categoryId,
    description: input.description,
    images: input.images,
    minPriceFen,
    maxPriceFen,
    ...(input.shareMaterial !== undefined ? { shareMaterial: input.shareMaterial } : {}),
  };

  return ctx.store.runTransaction(async (tx) => {
    const before = await tx.get(COLLECTIONS.products, productId);
    // The search tokens follow every save of what they are made of (keywords kept when the form leaves them out).
    const keywords = input.keywords !== undefined ? cleanKeywords(input.keywords) : (before?.keywords ?? []);
    const saved = { ...fields, keywords, tokens: productSearchTokens({ title: fields.title, subtitle: fields.subtitle, keywords }) };
    if (!input.productId) {
      // A retried create: the first attempt already made it.
      if (before) return before;
      const created: ProductDoc = { _id: productId, ...saved, onShelf: false, sort: Math.floor(ctx.now.getTime() / 1000), createdAt: ctx.now.toISOString() };
      await tx.insert(COLLECTIONS.products, created);
      for (const s of skus) await tx.insert(COLLECTIONS.skus, s);
      await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'createProduct', target: productId, before: null, after: { ...saved, tokens: undefined, skus } });
      return created;
    }
    if (!before) throw failWith(PRODUCT_ADMIN_ERRORS.NOT_FOUND);
    await tx.update(COLLECTIONS.products, productId, {}, saved);
    for (const s of skus) {
      if (known.has(s._id)) await updateSku(tx, s, inputOf.get(s._id));
      else await tx.insert(COLLECTIONS.skus, s);
    }
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'saveProduct', target: productId, before: { ...before, skus: existingSkus }, after: { ...saved, tokens: undefined, skus } });
    return { ...before, ...saved };
  });
}

/** An existing SKU's specs and price as sent, and its stock only as an adjustment (see saveProductWithSkus). */
async function updateSku(tx: DocOps, sku: SkuDoc, input: SkuInput | undefined): Promise<void> {
  const fields = { specs: sku.specs, priceFen: sku.priceFen };
  if (input?.addStock) {
    const current = await tx.get(COLLECTIONS.skus, sku._id);
    const stock = (current?.stock ?? 0) + input.addStock;
    if (!current || stock < 0) throw stockChanged();
    if (!(await tx.update(COLLECTIONS.skus, sku._id, { stock: current.stock }, { ...fields, stock }))) throw stockChanged();
  } else if (input?.expectedStock !== undefined && input.expectedStock !== sku.stock) {
    if (!(await tx.update(COLLECTIONS.skus, sku._id, { stock: input.expectedStock }, { ...fields, stock: sku.stock }))) throw stockChanged();
  } else {
    await tx.update(COLLECTIONS.skus, sku._id, {}, fields);
  }
}
