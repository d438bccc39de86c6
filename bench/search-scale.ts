import { productSearchTokens } from '../src/domain/catalog/search-tokens';
import { toFen } from '../src/domain/money/fen';
import type { ProductDoc } from '../cloudfunctions/shared/kernel/docs/docs';
import { COLLECTIONS } from '../cloudfunctions/shared/kernel/store/collections';
import { createTestRuntime } from '../tests/support/test-runtime';
import { row, type BenchRow } from './bench-row';
import { CountingStore, totalOps } from './counting-store';

const ORIGINS = ['烟台', '赣南', '海南', '云南', '新疆', '山东', '四川', '福建', '广西', '浙江', '东北', '宁夏'];
const KINDS = ['精选', '特级', '有机', '新鲜', '礼盒', '家庭装', '小包装', '冷链', '手工', '原味'];
const GOODS = ['苹果', '脐橙', '芒果', '草莓', '坚果', '牛肉干', '鲜花饼', '抽纸', '洗衣凝珠', '保温杯', '四件套', '大米', '茶叶', '蜂蜜', '红枣', '枸杞', '核桃', '猕猴桃', '葡萄干', '香菇'];
const QUERIES = ['苹果', '有机苹果', '烟台苹果', '保温杯', '宁夏枸杞', '手工牛肉干', 'ml', '榴莲'];

/** A catalogue of `count` on-shelf products with realistic, overlapping titles (every search term hits hundreds). */
async function seedCatalogue(rt: Awaited<ReturnType<typeof createTestRuntime>>, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const title = `${ORIGINS[i % ORIGINS.length]}${KINDS[Math.floor(i / ORIGINS.length) % KINDS.length]}${GOODS[Math.floor(i / 7) % GOODS.length]}`;
    const subtitle = `${(i % 9) + 1}斤装 ${i % 3 === 0 ? '500ml' : '产地直发'}`;
    const doc: ProductDoc = {
      _id: `bench-p${i}`,
      title,
      subtitle,
      categoryId: 'fruit',
      images: ['/files/images/p01.svg'],
      description: '',
      minPriceFen: toFen(1000 + (i % 500) * 10),
      onShelf: true,
      sort: 100 + i,
      createdAt: rt.now().toISOString(),
      tokens: productSearchTokens({ title, subtitle }),
      soldCount: i % 97,
    };
    await rt.store.insert(COLLECTIONS.products, doc);
  }
}

/**
 * 商品搜索 at `count` products: per query the store operations (what CloudBase bills), the documents read and the
 * latency through the handler on the embedded store, the worst over several queries, each next to its target.
 */
export async function searchScale(count: number): Promise<BenchRow[]> {
  let counter!: CountingStore;
  const rt = await createTestRuntime({ wrapStore: (s) => (counter = new CountingStore(s)) });
  try {
    await seedCatalogue(rt, count);
    let maxOps = 0;
    let maxDocs = 0;
    const times: number[] = [];
    for (const query of QUERIES) {
      for (const sort of ['RELEVANCE', 'SALES', 'PRICE_ASC'] as const) {
        counter.reset();
        const started = performance.now();
        const page = await rt.ok('catalog', 'searchProducts', { query, sort, limit: 20 }, 'dev_customer');
        times.push(performance.now() - started);
        if (query !== '榴莲' && page.items.length === 0) throw new Error(`search for ${query} found nothing`);
        maxOps = Math.max(maxOps, totalOps(counter.counts));
        maxDocs = Math.max(maxDocs, counter.counts.documents);
      }
    }
    times.sort((a, b) => a - b);
    const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0;
    const size = count.toLocaleString('en');
    return [
      row('search', `${size} products: store operations per search (worst of ${times.length})`, maxOps, 'ops', { max: 4 }),
      row('search', `${size} products: documents read per search (worst)`, maxDocs, 'docs', { max: 200 }),
      row('search', `${size} products: latency per search p95 (embedded store, through the handler)`, p95, 'ms', { max: 250 }),
    ];
  } finally {
    await rt.close();
  }
}
