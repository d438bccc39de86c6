import { shanghaiDay } from './shanghai-day';

describe('shanghaiDay', () => {
  it('turns over at Beijing midnight (16:00 UTC), not UTC midnight', () => {
    expect(shanghaiDay(new Date('2026-11-20T15:59:59.999Z'))).toBe('2026-11-20');
    expect(shanghaiDay(new Date('2026-11-20T16:00:00.000Z'))).toBe('2026-11-21');
    expect(shanghaiDay(new Date('2026-11-20T23:30:00.000Z'))).toBe('2026-11-21');
  });

  it('crosses months and years', () => {
    expect(shanghaiDay(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
  });
});
