import { CATALOG_HEADER } from './catalog-csv-columns';
import { planCatalogImport } from './plan-catalog-import';

const known = { categoryIds: new Set(['fruit']), categoryByName: new Map([['水果', 'fruit']]) };
const row = (o: Partial<Record<string, string>>) => CATALOG_HEADER.map((h) => o[h] ?? '');
const good = { 商品名称: '赣南脐橙', 分类编号: 'fruit', 图片: '/files/images/a.png', 规格: '5斤装', '价格(元)': '39.90', 库存: '100' };

test('rows without 商品编号 and the same name form one new product', () => {
  const plan = planCatalogImport([[...CATALOG_HEADER], row(good), row({ ...good, 规格: '10斤装', '价格(元)': '69' })], known);
  expect(plan.problems).toEqual([]);
  expect(plan.products).toHaveLength(1);
  expect(plan.products[0]?.skus.map((s) => [s.specs, s.priceFen, s.stock])).toEqual([['5斤装', 3990, 100], ['10斤装', 6900, 100]]);
});

test('every problem of every row is reported with its row, column and a Chinese message', () => {
  const plan = planCatalogImport(
    [[...CATALOG_HEADER], row({ ...good, '价格(元)': '0', 库存: '-1' }), row({ ...good, 分类编号: '', 分类名称: '蔬菜', 图片: 'http://x' }), row({ ...good, 商品名称: '' })],
    known,
  );
  expect(plan.problems).toEqual([
    { row: 2, field: '价格(元)', message: expect.stringContaining('价格') },
    { row: 2, field: '库存', message: expect.stringContaining('整数') },
    { row: 3, field: '分类编号', message: '找不到分类「蔬菜」' },
    { row: 3, field: '图片', message: expect.stringContaining('https://') },
    { row: 4, field: '商品名称', message: '商品名称不能为空' },
  ]);
});

test('a missing column, an empty file and disagreeing rows are problems', () => {
  expect(planCatalogImport([['商品名称']], known).problems.map((p) => p.field)).toEqual(['图片', '规格', '价格(元)', '库存', '分类编号']);
  expect(planCatalogImport([[...CATALOG_HEADER]], known).problems).toHaveLength(1);
  const plan = planCatalogImport([[...CATALOG_HEADER], row({ ...good, 商品编号: 'p01' }), row({ ...good, 商品编号: 'p01', 副标题: '不同', 规格: '10斤装' })], known);
  expect(plan.problems).toEqual([{ row: 3, field: '副标题', message: '与第 2 行同一商品的「副标题」不一致' }]);
});
