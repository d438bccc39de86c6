import { CARRIER_CODE, CARRIERS, carrierName } from './carriers';

test('every listed carrier has a distinct valid code and a name', () => {
  expect(new Set(CARRIERS.map((c) => c.code)).size).toBe(CARRIERS.length);
  for (const c of CARRIERS) expect({ c, valid: CARRIER_CODE.test(c.code) && c.name.length > 0 }).toEqual({ c, valid: true });
  expect(carrierName('SF')).toBe('顺丰速运');
  expect(carrierName('NOPE')).toBeNull();
});
