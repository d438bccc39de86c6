import { isDomainError } from '../shared/domain-error';
import { toFen } from '../money/fen';
import {
  assertEntryTransition,
  canTransitionEntry,
  COMMISSION_ENTRY_STATUSES,
  COMMISSION_ENTRY_TRANSITIONS,
  entryLifecycleOf,
  hasValidSign,
  INITIAL_ENTRY_STATUS,
  type CommissionEntryKind,
  type CommissionEntryStatus,
} from './commission-entry-lifecycle';

const ALLOWED: ReadonlyArray<[CommissionEntryStatus, CommissionEntryStatus]> = [
  ['PENDING', 'SETTLED'],
  ['PENDING', 'REVERSED'],
  ['SETTLED', 'WITHDRAWN'],
];
const pairs = COMMISSION_ENTRY_STATUSES.flatMap((from) =>
  COMMISSION_ENTRY_STATUSES.map((to) => [from, to] as [CommissionEntryStatus, CommissionEntryStatus]),
);

describe('commission entry lifecycle', () => {
  it('has a row for every status; WITHDRAWN and REVERSED are final', () => {
    expect(Object.keys(COMMISSION_ENTRY_TRANSITIONS).sort()).toEqual([...COMMISSION_ENTRY_STATUSES].sort());
    expect(COMMISSION_ENTRY_TRANSITIONS.WITHDRAWN).toEqual([]);
    expect(COMMISSION_ENTRY_TRANSITIONS.REVERSED).toEqual([]);
  });

  it.each(pairs)('a COMMISSION %s → %s follows the agreed design', (from, to) => {
    const expected = ALLOWED.some(([f, t]) => f === from && t === to);
    expect(canTransitionEntry('COMMISSION', from, to)).toBe(expected);
    let error: unknown;
    try {
      assertEntryTransition('COMMISSION', from, to);
    } catch (e) {
      error = e;
    }
    if (expected) expect(error).toBeUndefined();
    else expect(isDomainError(error) && error.code).toBe('COMMISSION.INVALID_TRANSITION');
  });

  it('moves a REVERSAL with its parent but never marks it withdrawn', () => {
    expect(canTransitionEntry('REVERSAL', 'PENDING', 'SETTLED')).toBe(true);
    expect(canTransitionEntry('REVERSAL', 'PENDING', 'REVERSED')).toBe(true);
    expect(canTransitionEntry('REVERSAL', 'SETTLED', 'WITHDRAWN')).toBe(false);
  });

  it('never changes a CLAWBACK, which is born SETTLED', () => {
    expect(INITIAL_ENTRY_STATUS).toEqual({ COMMISSION: 'PENDING', REVERSAL: 'PENDING', CLAWBACK: 'SETTLED' });
    for (const [from, to] of pairs) expect(canTransitionEntry('CLAWBACK', from, to)).toBe(false);
  });

  it.each<[CommissionEntryKind, number, boolean]>([
    ['COMMISSION', 1, true],
    ['COMMISSION', 0, false],
    ['COMMISSION', -1, false],
    ['REVERSAL', -1, true],
    ['REVERSAL', 1, false],
    ['CLAWBACK', -5, true],
    ['CLAWBACK', 0, false],
  ])('a %s of %d has a valid sign: %s', (kind, amount, ok) => {
    expect(hasValidSign({ kind, amountFen: toFen(amount) })).toBe(ok);
  });
});

describe('entryLifecycleOf', () => {
  it('narrows the table by kind: a clawback never moves, a reversal is never withdrawn', () => {
    expect(() => entryLifecycleOf('COMMISSION').assert('SETTLED', 'WITHDRAWN')).not.toThrow();
    expect(() => entryLifecycleOf('REVERSAL').assert('PENDING', 'SETTLED')).not.toThrow();
    expect(() => entryLifecycleOf('REVERSAL').assert('SETTLED', 'WITHDRAWN')).toThrow('佣金状态不允许此操作');
    expect(() => entryLifecycleOf('CLAWBACK').assert('SETTLED', 'WITHDRAWN')).toThrow('佣金状态不允许此操作');
    expect(entryLifecycleOf('CLAWBACK').initial).toEqual(['SETTLED']);
  });
});
