import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import type { Store } from '../../cloudfunctions/shared/kernel/store/store';

/** The demo customer's 我的: two favourites, a short 足迹 and an address book with a default and a second address. */
export async function seedDemoMemberData(store: Store, now: Date): Promise<void> {
  const customer = 'dev_customer';
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();
  for (const [i, productId] of ['p02', 'p05'].entries()) {
    await store.insert(COLLECTIONS.favourites, { _id: `${customer}:${productId}`, userId: customer, productId, on: true, at: at(60 + i) });
  }
  await store.insert(COLLECTIONS.browsingHistory, {
    _id: customer,
    items: ['p05', 'p02', 'p07'].map((productId, i) => ({ productId, at: at(10 + i * 30) })),
    version: 1,
  });
  await store.insert(COLLECTIONS.addressBooks, {
    _id: customer,
    addresses: [
      { id: 'demo-home', name: '王小美', phone: '13800138000', region: '浙江省 杭州市 西湖区', detail: '文三路 90 号 东部软件园 2 号楼' },
      { id: 'demo-work', name: '王小美', phone: '13800138000', region: '上海市 上海市 浦东新区', detail: '世纪大道 100 号 18 楼' },
    ],
    defaultId: 'demo-home',
    version: 1,
  });
}
