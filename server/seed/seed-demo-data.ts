import fs from 'node:fs/promises';
import path from 'node:path';
import type { CategoryDoc, DistributorDoc, MerchantSettingsDoc, ProductDoc, SkuDoc, UserDoc } from '../../cloudfunctions/shared/kernel/docs/docs';
import { DEFAULT_MERCHANT_SETTINGS } from '../../cloudfunctions/shared/flows/merchant/get-merchant-settings';
import { COUNTED, recordDistributorStats } from '../../cloudfunctions/shared/flows/stats/record-distributor-stats';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import type { Store } from '../../cloudfunctions/shared/kernel/store/store';
import { insertNewUser, newUserDoc } from '../../cloudfunctions/shared/flows/users/ensure-user';
import { toFen } from '../../src/domain/money/fen';
import { cleanKeywords, productSearchTokens } from '../../src/domain/catalog/search-tokens';
import { DEMO_CATEGORIES, DEMO_PRODUCTS } from './demo-catalog';
import { PERSONAS } from './personas';
import { productImageSvg } from './product-image-svg';
import { seedDemoReviews } from './seed-demo-reviews';
import { seedDemoMemberData } from './seed-demo-member';

/**
 * Fills an empty database with the demo shop: merchant settings, categories, products with SKUs and pictures,
 * hot words and a few reviews, and the three personas (the distributor already active). Every write is keyed, so seeding twice changes nothing.
 * Returns false when the shop already had data.
 */
export async function seedDemoData(store: Store, dataDir: string, now: Date): Promise<boolean> {
  if ((await store.count(COLLECTIONS.products, {})) > 0) return false;
  const imageDir = path.join(dataDir, 'images');
  await fs.mkdir(imageDir, { recursive: true });
  await fs.writeFile(path.join(imageDir, 'shop-logo.svg'), productImageSvg('鲜甜生活馆', ['#fa2c19', '#ff9c6e']));
  const settings: MerchantSettingsDoc = {
    ...DEFAULT_MERCHANT_SETTINGS,
    shopName: '鲜甜生活馆',
    returnAddress: '鲜甜生活馆售后部 0571-88886666 浙江省杭州市西湖区文三路 100 号',
    logoUrl: '/files/images/shop-logo.svg',
    servicePhone: '0571-88886666',
  };
  await store.insert(COLLECTIONS.merchant, settings);

  for (const [sort, c] of DEMO_CATEGORIES.entries()) {
    const doc: CategoryDoc = { _id: c.id, name: c.name, sort };
    await store.insert(COLLECTIONS.categories, doc);
  }
  for (const [sort, p] of DEMO_PRODUCTS.entries()) {
    const category = DEMO_CATEGORIES.find((c) => c.id === p.categoryId);
    await fs.writeFile(path.join(imageDir, `${p.id}.svg`), productImageSvg(p.title, category?.color ?? ['#ff7a45', '#ffc069']));
    const product: ProductDoc = {
      _id: p.id,
      title: p.title,
      subtitle: p.subtitle,
      categoryId: p.categoryId,
      images: [`/files/images/${p.id}.svg`],
      description: `${p.title}：${p.subtitle}。总部统一发货，支持 7 天无理由退换。`,
      minPriceFen: toFen(Math.min(...p.skus.map((s) => s.priceFen))),
      maxPriceFen: toFen(Math.max(...p.skus.map((s) => s.priceFen))),
      onShelf: true,
      sort,
      createdAt: now.toISOString(),
      keywords: cleanKeywords(p.keywords ?? []),
      tokens: productSearchTokens({ title: p.title, subtitle: p.subtitle, keywords: p.keywords }),
    };
    await store.insert(COLLECTIONS.products, product);
    for (const [i, s] of p.skus.entries()) {
      const sku: SkuDoc = { _id: `${p.id}-s${i + 1}`, productId: p.id, specs: s.specs, priceFen: toFen(s.priceFen), stock: s.stock };
      await store.insert(COLLECTIONS.skus, sku);
    }
  }
  await seedDemoReviews(store, now);
  for (const persona of PERSONAS) {
    const user: UserDoc = { ...newUserDoc(persona.openid, persona.nickname, now), role: persona.role, persona: persona.key };
    await insertNewUser(store, user);
  }
  const distributor: DistributorDoc = { _id: 'dev_distributor', status: 'ACTIVE', gradeId: null, shopName: '李分享的鲜果铺', since: now.toISOString() };
  await store.runTransaction(async (tx) => {
    if (await tx.insert(COLLECTIONS.distributors, { ...distributor, ...COUNTED })) await recordDistributorStats(tx, null, distributor);
  });
  await seedDemoMemberData(store, now);
  return true;
}
