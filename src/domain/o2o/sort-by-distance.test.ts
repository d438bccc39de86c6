import { distanceMetres, sortByDistance } from './sort-by-distance';

const westLake = { latitude: 30.2431, longitude: 120.1503 };
const hzEast = { latitude: 30.2906, longitude: 120.2128 };
const shanghai = { latitude: 31.2304, longitude: 121.4737 };

test('distances are plausible great-circle metres', () => {
  expect(distanceMetres(westLake, westLake)).toBe(0);
  const hzSh = distanceMetres(westLake, shanghai);
  expect(hzSh).toBeGreaterThan(160_000);
  expect(hzSh).toBeLessThan(175_000);
  expect(distanceMetres(westLake, hzEast)).toBe(distanceMetres(hzEast, westLake));
});

test('stores sort nearest first; without a location the order is kept and no distance shown', () => {
  const stores = [{ id: 'sh', location: shanghai }, { id: 'east', location: hzEast }, { id: 'lake', location: westLake }];
  expect(sortByDistance(stores, westLake).map((s) => s.id)).toEqual(['lake', 'east', 'sh']);
  expect(sortByDistance(stores, null).map((s) => [s.id, s.distanceM])).toEqual([['sh', null], ['east', null], ['lake', null]]);
});
