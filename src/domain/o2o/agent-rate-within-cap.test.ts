import { DEFAULT_DISTRIBUTION_POLICY } from '../distribution/distribution-policy';
import { toBps } from '../money/fen';
import { assertAgentRateWithinCap, maxChainRateBps } from './agent-rate-within-cap';

const policy = DEFAULT_DISTRIBUTION_POLICY; // 10% + 5%

test('the chain maximum is the largest of the policy, grade and rate-override totals', () => {
  expect(maxChainRateBps(policy)).toBe(1500);
  const withGrade = { ...policy, grades: [{ ...gradeStub(), ratesBps: [toBps(3000), toBps(2000)] }] };
  expect(maxChainRateBps(withGrade)).toBe(5000);
  const withOverride = { ...policy, productOverrides: { byProductId: { p1: { kind: 'RATE' as const, ratesBps: [toBps(6000), toBps(1000)] } }, bySkuId: {} } };
  expect(maxChainRateBps(withOverride)).toBe(7000);
});

test('chain + agent within 100% is allowed; over it is refused with a compliance code', () => {
  expect(() => assertAgentRateWithinCap(policy, 8500)).not.toThrow();
  expect(() => assertAgentRateWithinCap(policy, 8501)).toThrow(expect.objectContaining({ code: 'COMPLIANCE.AGENT_RATE_OVER_CAP' }));
  expect(() => assertAgentRateWithinCap(policy, -1)).toThrow(expect.objectContaining({ code: 'STORE.INVALID_AGENT_RATE' }));
  expect(() => assertAgentRateWithinCap(policy, 1.5)).toThrow(expect.objectContaining({ code: 'STORE.INVALID_AGENT_RATE' }));
});

function gradeStub() {
  return { id: 'g1', name: '金牌', weight: 1, ratesBps: [toBps(0), toBps(0)], upgrade: { mode: 'ANY' as const, conditions: { orderCount: 1 } } };
}
