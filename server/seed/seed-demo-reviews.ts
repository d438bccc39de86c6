import type { ReviewDoc } from '../../cloudfunctions/shared/kernel/docs/review-docs';
import { HOT_WORDS_DOC_ID, type HotWordsDoc } from '../../cloudfunctions/shared/kernel/docs/merchant-docs';
import { reviewFigures } from '../../cloudfunctions/shared/flows/reviews/write-review';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import type { Store } from '../../cloudfunctions/shared/kernel/store/store';
import { DEFAULT_REVIEW_TEXT, maskNickname } from '../../src/domain/review/review-rules';

/** The demo shop's 热门搜索. */
export const DEMO_HOT_WORDS = ['脐橙', '坚果', '草莓', '保温杯'];

/**
 * A few reviews of earlier (demo) orders, so product pages show ratings, 有图 and a shop reply from the start. They name
 * demo orders that are not in the database: only the product pages read them.
 */
const DEMO_REVIEWS: ReadonlyArray<Omit<ReviewDoc, '_id' | 'orderId' | 'lineId' | 'buyerId' | 'hasPhotos' | 'hidden' | 'createdAt'> & { daysAgo: number }> = [
  { productId: 'p05', productTitle: '每日坚果', specs: '30袋', nickname: maskNickname('陈小姐'), rating: 5, text: '独立小包装很方便，每天一袋，坚果很新鲜。', photos: ['/files/images/p05.svg'], isDefault: false, reply: { text: '感谢支持，欢迎常来～', at: '', byStaffId: 'dev_staff' }, daysAgo: 3 },
  { productId: 'p05', productTitle: '每日坚果', specs: '15袋', nickname: maskNickname('老周'), rating: 4, text: '味道不错，就是葡萄干有点少。', photos: [], isDefault: false, reply: null, daysAgo: 6 },
  { productId: 'p05', productTitle: '每日坚果', specs: '30袋', nickname: maskNickname('Lily'), rating: 5, text: DEFAULT_REVIEW_TEXT, photos: [], isDefault: true, reply: null, daysAgo: 9 },
  { productId: 'p08', productTitle: '云南鲜花饼', specs: '10枚', nickname: maskNickname('赵同学'), rating: 5, text: '玫瑰味很浓，酥皮一碰就掉渣，好吃！', photos: ['/files/images/p08.svg'], isDefault: false, reply: null, daysAgo: 2 },
];

/** Hot words and the demo reviews with their products' figures; keyed, so seeding twice changes nothing. */
export async function seedDemoReviews(store: Store, now: Date): Promise<void> {
  const hot: HotWordsDoc = { _id: HOT_WORDS_DOC_ID, words: DEMO_HOT_WORDS, updatedBy: 'dev_staff', updatedAt: now.toISOString() };
  await store.insert(COLLECTIONS.merchant, hot);
  for (const [i, r] of DEMO_REVIEWS.entries()) {
    const { daysAgo, ...fields } = r;
    const at = new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
    const review: ReviewDoc = {
      ...fields,
      _id: `RVdemo${String(i + 1).padStart(4, '0')}`,
      orderId: `demo-order-${i + 1}`,
      lineId: `demo-order-${i + 1}-1`,
      buyerId: `demo_reviewer_${i + 1}`,
      hasPhotos: r.photos.length > 0,
      hidden: false,
      reply: r.reply ? { ...r.reply, at } : null,
      createdAt: at,
    };
    await store.runTransaction(async (tx) => {
      if (!(await tx.insert(COLLECTIONS.reviews, review))) return;
      await tx.increment(COLLECTIONS.products, review.productId, reviewFigures(review, 1));
    });
  }
  // Some units sold before, so cards show 已售 from the start.
  for (const [productId, units] of [['p05', 36], ['p08', 12]] as const) await store.increment(COLLECTIONS.products, productId, { soldCount: units });
}

