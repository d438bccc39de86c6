import { formatDistance } from './format-distance';

test('metres below 1 km, kilometres with one decimal from 1 km, nothing when the distance is unknown', () => {
  expect(formatDistance(null)).toBe('');
  expect(formatDistance(0)).toBe('0m');
  expect(formatDistance(999)).toBe('999m');
  expect(formatDistance(420.6)).toBe('421m');
  expect(formatDistance(1000)).toBe('1.0km');
  expect(formatDistance(12345)).toBe('12.3km');
});
