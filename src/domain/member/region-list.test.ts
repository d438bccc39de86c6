import { REGION_LIST, regionOptions } from './region-list';

test('each level offers the children of what is chosen above it', () => {
  const [provinces, cities, districts] = regionOptions(['浙江省', '杭州市']);
  expect(provinces).toContain('浙江省');
  expect(cities).toEqual(['杭州市', '宁波市', '温州市']);
  expect(districts).toContain('西湖区');
  expect(regionOptions([])[1]).toEqual([]);
  expect(regionOptions(['火星省'])[1]).toEqual([]);
});

test('every province has cities and every city districts (three columns always fill)', () => {
  for (const p of REGION_LIST) {
    expect(p.children?.length).toBeGreaterThan(0);
    for (const c of p.children ?? []) expect(c.children?.length).toBeGreaterThan(0);
  }
});
