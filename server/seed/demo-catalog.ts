/** The demo shop's catalogue: 3 categories, 12 products, prices in 分. */
export const DEMO_CATEGORIES = [
  { id: 'fruit', name: '生鲜水果', color: ['#ff7a45', '#ffc069'] },
  { id: 'snack', name: '休闲零食', color: ['#9254de', '#d3adf7'] },
  { id: 'home', name: '家居日用', color: ['#13c2c2', '#87e8de'] },
] as const;

export interface DemoProduct {
  id: string;
  categoryId: (typeof DEMO_CATEGORIES)[number]['id'];
  title: string;
  subtitle: string;
  skus: Array<{ specs: string; priceFen: number; stock: number }>;
  /** The merchant's extra search words. */
  keywords?: string[];
}

export const DEMO_PRODUCTS: DemoProduct[] = [
  { id: 'p01', categoryId: 'fruit', title: '赣南脐橙', subtitle: '果园直发 酸甜多汁', keywords: ['橙子', '水果'], skus: [{ specs: '5斤装', priceFen: 3990, stock: 500 }, { specs: '10斤装', priceFen: 6990, stock: 300 }] },
  { id: 'p02', categoryId: 'fruit', title: '烟台红富士苹果', subtitle: '脆甜 现摘现发', keywords: ['水果'], skus: [{ specs: '5斤装', priceFen: 3580, stock: 400 }, { specs: '9斤装', priceFen: 5980, stock: 200 }] },
  { id: 'p03', categoryId: 'fruit', title: '海南金煌芒', subtitle: '香甜细腻 大果', skus: [{ specs: '3斤装', priceFen: 2990, stock: 300 }] },
  { id: 'p04', categoryId: 'fruit', title: '丹东草莓', subtitle: '红颜品种 冷链到家', skus: [{ specs: '2斤装', priceFen: 6880, stock: 120 }, { specs: '4斤装', priceFen: 12800, stock: 60 }] },
  { id: 'p05', categoryId: 'snack', title: '每日坚果', subtitle: '7种坚果果干 30袋', skus: [{ specs: '30袋', priceFen: 8900, stock: 800 }, { specs: '15袋', priceFen: 4900, stock: 800 }] },
  { id: 'p06', categoryId: 'snack', title: '手工牛轧糖', subtitle: '奶香浓郁 不粘牙', skus: [{ specs: '500g', priceFen: 3200, stock: 600 }] },
  { id: 'p07', categoryId: 'snack', title: '麻辣牛肉干', subtitle: '内蒙古风干 有嚼劲', skus: [{ specs: '250g', priceFen: 5900, stock: 300 }, { specs: '500g', priceFen: 10900, stock: 150 }] },
  { id: 'p08', categoryId: 'snack', title: '云南鲜花饼', subtitle: '玫瑰馅 现烤', skus: [{ specs: '10枚', priceFen: 3990, stock: 500 }] },
  { id: 'p09', categoryId: 'home', title: '竹纤维抽纸', subtitle: '3层加厚 24包', skus: [{ specs: '24包', priceFen: 4590, stock: 1000 }] },
  { id: 'p10', categoryId: 'home', title: '洗衣凝珠', subtitle: '除菌除螨 留香', skus: [{ specs: '52颗', priceFen: 4990, stock: 700 }, { specs: '104颗', priceFen: 8990, stock: 300 }] },
  { id: 'p11', categoryId: 'home', title: '304不锈钢保温杯', subtitle: '12小时保温 500ml', keywords: ['水杯'], skus: [{ specs: '月光白', priceFen: 7900, stock: 200 }, { specs: '曜石黑', priceFen: 7900, stock: 200 }] },
  { id: 'p12', categoryId: 'home', title: '纯棉四件套', subtitle: '60支长绒棉 亲肤', skus: [{ specs: '1.5米床', priceFen: 29900, stock: 80 }, { specs: '1.8米床', priceFen: 32900, stock: 80 }] },
];
