import { addDaysMs, MS_PER_DAY, toEpochMs } from './to-epoch-ms';

describe('toEpochMs', () => {
  it('passes epoch ms through and parses zoned ISO strings', () => {
    expect(toEpochMs(0)).toBe(0);
    expect(toEpochMs('2024-01-01T00:00:00.000Z')).toBe(Date.UTC(2024, 0, 1));
    expect(toEpochMs('2024-01-01T08:00:00+08:00')).toBe(Date.UTC(2024, 0, 1));
  });

  it('refuses zone-less, unparsable and fractional instants as bugs', () => {
    expect(() => toEpochMs('2024-01-01T00:00:00')).toThrow('no time zone');
    expect(() => toEpochMs('not a dateZ')).toThrow('not an ISO date');
    expect(() => toEpochMs(1.5)).toThrow('not an integer');
  });
});

describe('addDaysMs', () => {
  it('adds whole 24 h days', () => {
    expect(addDaysMs('2024-03-01T00:00:00Z', 7)).toBe(Date.UTC(2024, 2, 8));
    expect(addDaysMs(1000, 0)).toBe(1000);
    expect(addDaysMs(0, 2)).toBe(2 * MS_PER_DAY);
  });

  it('refuses negative or fractional days', () => {
    expect(() => addDaysMs(0, -1)).toThrow();
    expect(() => addDaysMs(0, 0.5)).toThrow();
  });
});
