import { isDomainError } from './domain-error';
import { defineLifecycle, LifecycleDefinitionError, type LifecycleTable } from './define-lifecycle';

type S = 'NEW' | 'OPEN' | 'DONE' | 'GONE';
const error = { code: 'TEST.INVALID_TRANSITION', message: '状态不允许此操作' };
const good: LifecycleTable<S> = {
  transitions: { NEW: ['OPEN', 'GONE'], OPEN: ['DONE', 'GONE'], DONE: [], GONE: [] },
  initial: ['NEW'],
  terminal: ['DONE', 'GONE'],
  error,
};

describe('defineLifecycle', () => {
  const life = defineLifecycle(good);

  it('answers moves from the table and throws its own DomainError for the rest', () => {
    expect(life.can('NEW', 'OPEN')).toBe(true);
    expect(life.can('OPEN', 'NEW')).toBe(false);
    expect(() => life.assert('NEW', 'OPEN')).not.toThrow();
    let thrown: unknown;
    try {
      life.assert('DONE', 'OPEN');
    } catch (e) {
      thrown = e;
    }
    expect(isDomainError(thrown) && thrown.code).toBe('TEST.INVALID_TRANSITION');
    expect(life.states).toEqual(['NEW', 'OPEN', 'DONE', 'GONE']);
    expect(life.isTerminal('GONE')).toBe(true);
    expect(life.isTerminal('OPEN')).toBe(false);
  });

  it('finds the shortest path along the table', () => {
    expect(life.path('NEW', 'DONE')).toEqual(['OPEN', 'DONE']);
    expect(life.path('NEW', 'GONE')).toEqual(['GONE']);
    expect(life.path('DONE', 'NEW')).toBeNull();
    expect(life.path('NEW', 'NEW')).toBeNull();
  });

  const bad: Array<[string, LifecycleTable<string>]> = [
    ['a state no initial state reaches', { ...good, transitions: { ...good.transitions, LOST: ['DONE'] } }],
    ['a terminal state with a way out', { ...good, transitions: { ...good.transitions, DONE: ['OPEN'] } }],
    ['a dead end not named terminal', { ...good, terminal: ['DONE'] }],
    ['a move to a state without a row', { ...good, transitions: { ...good.transitions, OPEN: ['DONE', 'ELSEWHERE'] } }],
    ['a terminal state without a row', { ...good, terminal: ['DONE', 'GONE', 'ELSEWHERE'] }],
    ['an initial state without a row', { ...good, initial: ['START'] }],
    ['no initial state', { ...good, initial: [] }],
    ['a state moving to itself', { ...good, transitions: { ...good.transitions, OPEN: ['OPEN', 'DONE', 'GONE'] } }],
    ['a target listed twice', { ...good, transitions: { ...good.transitions, NEW: ['OPEN', 'OPEN', 'GONE'] } }],
  ];
  it.each(bad)('refuses a table with %s when it is defined', (_why, table) => {
    expect(() => defineLifecycle(table)).toThrow(LifecycleDefinitionError);
  });

  it('accepts several initial states, each reaching its own part of the table', () => {
    const two = defineLifecycle({ ...good, transitions: { ...good.transitions, SIDE: ['GONE'] }, initial: ['NEW', 'SIDE'] });
    expect(two.can('SIDE', 'GONE')).toBe(true);
  });
});
