import { parseRegionText, regionContains, regionKey, regionsConflict, type Region } from './region';

const zj: Region = { province: '浙江省', city: null, district: null };
const hz: Region = { province: '浙江省', city: '杭州市', district: null };
const xh: Region = { province: '浙江省', city: '杭州市', district: '西湖区' };
const nb: Region = { province: '浙江省', city: '宁波市', district: null };

test('address text parses into province, city and district', () => {
  expect(parseRegionText('浙江省 杭州市 西湖区')).toEqual(xh);
  expect(parseRegionText(' 浙江省/杭州市 ')).toEqual(hz);
  expect(parseRegionText('')).toBeNull();
});

test('containment and conflicts', () => {
  expect(regionContains(zj, xh)).toBe(true);
  expect(regionContains(xh, zj)).toBe(false);
  expect(regionsConflict(hz, xh)).toBe(true);
  expect(regionsConflict(xh, zj)).toBe(true);
  expect(regionsConflict(hz, nb)).toBe(false);
  expect(regionsConflict(hz, hz)).toBe(true);
});

test('region keys run from the province down', () => {
  expect(regionKey(xh)).toBe('浙江省/杭州市/西湖区');
  // A district without a city is not a region: the city is required to name one.
  expect(regionKey({ province: '浙江省', city: null, district: '西湖区' })).toBe('浙江省');
});
