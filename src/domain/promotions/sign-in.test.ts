import { currentStreak, previousDay, signInToday } from './sign-in';

const rules = { signInPoints: 5, streakBonuses: [{ day: 3, points: 10 }, { day: 7, points: 30, couponTemplateId: 'CT7' }] };

describe('signInToday', () => {
  it('starts a streak, continues it the next day, and gives the bonus on the named day', () => {
    expect(signInToday(rules, { lastDay: null, streak: 0 }, '2026-11-20')).toEqual({ streak: 1, points: 5, couponTemplateIds: [] });
    expect(signInToday(rules, { lastDay: '2026-11-20', streak: 2 }, '2026-11-21')).toEqual({ streak: 3, points: 15, couponTemplateIds: [] });
  });

  it('gives nothing a second time on the same day', () => {
    expect(signInToday(rules, { lastDay: '2026-11-21', streak: 3 }, '2026-11-21')).toBeNull();
  });

  it('restarts after a missed day, across a month end', () => {
    expect(signInToday(rules, { lastDay: '2026-10-30', streak: 6 }, '2026-11-01')).toEqual({ streak: 1, points: 5, couponTemplateIds: [] });
    expect(signInToday(rules, { lastDay: '2026-10-31', streak: 6 }, '2026-11-01')).toEqual({ streak: 7, points: 35, couponTemplateIds: ['CT7'] });
    expect(previousDay('2026-03-01')).toBe('2026-02-28');
  });

  it('reports a lapsed streak as 0', () => {
    expect(currentStreak({ lastDay: '2026-11-19', streak: 4 }, '2026-11-21')).toBe(0);
    expect(currentStreak({ lastDay: '2026-11-20', streak: 4 }, '2026-11-21')).toBe(4);
  });

  it('refuses negative rules', () => {
    expect(() => signInToday({ signInPoints: -1, streakBonuses: [] }, { lastDay: null, streak: 0 }, '2026-11-21')).toThrow('签到规则无效');
  });
});
