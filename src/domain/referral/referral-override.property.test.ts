import fc from 'fast-check';
import type { BindRule } from './bind-rule';
import { decideBind } from './decide-bind';
import { rebaseUpline } from './rebase-upline';

/**
 * The rebinding rules move whole subtrees, so they are where a cycle could slip in (CRMEB only checks 2-cycles).
 * Random sequences of shares at random times, under always-override and protection + validity, must keep the tree a
 * forest whose stored uplines equal the pointer chains, and must bind exactly when the rule says so.
 */
const DAY = 86_400_000;

interface Tree {
  superior: Map<string, string | null>;
  upline: Map<string, string[]>;
  boundAt: Map<string, number | null>;
}

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

const ruleArb: fc.Arbitrary<BindRule> = fc.oneof(
  fc.constant('ALWAYS_OVERRIDE' as const),
  fc
    .record({ protectionDays: fc.integer({ min: 0, max: 5 }), extra: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }) })
    .map(({ protectionDays, extra }) => ({
      kind: 'PROTECTED' as const,
      protectionDays,
      validityDays: extra === null ? null : Math.max(1, protectionDays + extra),
    })),
);

const scenario = fc.integer({ min: 2, max: 10 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    rule: ruleArb,
    steps: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 0, max: 4 })), { maxLength: 60 }),
  }),
);

describe('referral tree under random override / protected rebinds', () => {
  it('never forms a cycle, keeps stored uplines equal to the pointer chains, and binds exactly when allowed', () => {
    fc.assert(
      fc.property(scenario, ({ n, rule, steps }) => {
        const users = Array.from({ length: n }, (_, i) => `u${i}`);
        const tree: Tree = {
          superior: new Map(users.map((u) => [u, null])),
          upline: new Map(users.map((u) => [u, []])),
          boundAt: new Map(users.map((u) => [u, null])),
        };
        let now = 0;
        for (const [ui, si, days] of steps) {
          now += days * DAY;
          const userId = users[ui] ?? '';
          const sharerId = users[si] ?? '';
          const current = tree.superior.get(userId) ?? null;
          const boundAt = tree.boundAt.get(userId) ?? null;
          const decision = decideBind({
            userId,
            currentSuperiorId: current,
            sharerId,
            sharerUpline: tree.upline.get(sharerId) ?? [],
            rule,
            boundAt,
            now,
          });

          const lapsed =
            typeof rule !== 'string' && rule.validityDays !== null && boundAt !== null && now >= boundAt + rule.validityDays * DAY;
          const effective = lapsed ? null : current;
          const isProtected = typeof rule !== 'string' && effective !== null && boundAt !== null && now < boundAt + rule.protectionDays * DAY;
          const wasAncestor = (chainByPointers(tree, sharerId) ?? []).includes(userId);
          const expected =
            userId === sharerId
              ? 'REFERRAL.SELF'
              : isProtected
                ? 'REFERRAL.PROTECTED'
                : effective === sharerId
                  ? 'REFERRAL.ALREADY_BOUND'
                  : wasAncestor
                    ? 'REFERRAL.CYCLE'
                    : 'BIND';
          expect(decision.kind === 'BIND' ? 'BIND' : decision.code).toBe(expected);

          if (decision.kind === 'BIND') {
            tree.superior.set(userId, decision.superiorId);
            tree.upline.set(userId, decision.upline);
            tree.boundAt.set(userId, now);
            for (const [other, otherUpline] of tree.upline) {
              if (otherUpline.includes(userId)) tree.upline.set(other, rebaseUpline(otherUpline, userId, decision.upline));
            }
          }
          for (const u of users) {
            const byPointers = chainByPointers(tree, u);
            expect(byPointers).not.toBeNull();
            const stored = tree.upline.get(u) ?? [];
            expect(stored).not.toContain(u);
            expect(stored).toEqual(byPointers);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
