import fc from 'fast-check';
import { decideBind } from './decide-bind';
import { rebaseUpline } from './rebase-upline';

/**
 * Drives decideBind + rebaseUpline the way the server does (one superior pointer and one materialized upline per
 * user) through random sequences of share opens, and checks the tree stays a forest whose stored paths match the
 * pointers after every step.
 */
interface Tree {
  superior: Map<string, string | null>;
  upline: Map<string, string[]>;
}

const userIds = (n: number): string[] => Array.from({ length: n }, (_, i) => `u${i}`);

const emptyTree = (users: readonly string[]): Tree => ({
  superior: new Map(users.map((u) => [u, null])),
  upline: new Map(users.map((u) => [u, []])),
});

/** Follows superior pointers; returns null if a cycle is met. */
function chainByPointers(tree: Tree, userId: string): string[] | null {
  const chain: string[] = [];
  let current = tree.superior.get(userId) ?? null;
  while (current !== null) {
    if (current === userId || chain.includes(current)) return null;
    chain.push(current);
    current = tree.superior.get(current) ?? null;
  }
  return chain;
}

function openShare(tree: Tree, userId: string, sharerId: string) {
  const decision = decideBind({
    userId,
    currentSuperiorId: tree.superior.get(userId) ?? null,
    sharerId,
    sharerUpline: tree.upline.get(sharerId) ?? [],
    rule: 'FIRST_TOUCH',
  });
  if (decision.kind === 'BIND') {
    tree.superior.set(userId, decision.superiorId);
    tree.upline.set(userId, decision.upline);
    for (const [other, otherUpline] of tree.upline) {
      if (otherUpline.includes(userId)) tree.upline.set(other, rebaseUpline(otherUpline, userId, decision.upline));
    }
  }
  return decision;
}

const scenario = fc.integer({ min: 2, max: 12 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    steps: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 60 }),
  }),
);

describe('referral tree under random first-touch binds', () => {
  it('never forms a cycle and keeps every stored upline equal to the pointer chain', () => {
    fc.assert(
      fc.property(scenario, ({ n, steps }) => {
        const users = userIds(n);
        const tree = emptyTree(users);
        for (const [ui, si] of steps) {
          const userId = users[ui] ?? '';
          const sharerId = users[si] ?? '';
          const wasBound = tree.superior.get(userId) !== null;
          const wasAncestor = (chainByPointers(tree, sharerId) ?? []).includes(userId);
          const decision = openShare(tree, userId, sharerId);

          // The refusal reason is exactly the rule that applies, in the agreed order.
          const expected =
            userId === sharerId
              ? 'REFERRAL.SELF'
              : wasBound
                ? 'REFERRAL.ALREADY_BOUND'
                : wasAncestor
                  ? 'REFERRAL.CYCLE'
                  : 'BIND';
          expect(decision.kind === 'BIND' ? 'BIND' : decision.code).toBe(expected);

          for (const u of users) {
            const byPointers = chainByPointers(tree, u);
            expect(byPointers).not.toBeNull();
            const stored = tree.upline.get(u) ?? [];
            expect(stored).not.toContain(u);
            expect(stored).toEqual(byPointers);
            expect(new Set(stored).size).toBe(stored.length);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
