import { financeApi } from '../../../src/contracts/api/finance';
import { LEDGER_CHECK_MAX_PROBLEMS, type LedgerCheckView } from '../../../src/contracts/finance';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { checkLedger } from '../../shared/flows/ledger/check-ledger';

/**
 * 账目核对 on demand: the same proof as `npm run ledger:check` (checkLedger), run against the live store. Read-only,
 * so not audited. It reads every entry, withdrawal, balance and order in capped pages: meant for a button press by
 * finance staff, not for a timer on a large shop.
 */
export const checkLedgerAction = defineAction(financeApi.actions.checkLedger, async (ctx): Promise<LedgerCheckView> => {
  const report = await checkLedger(ctx.store);
  return {
    ok: report.problems.length === 0,
    checkedAt: ctx.now.toISOString(),
    users: report.users,
    lines: report.lines,
    problemCount: report.problems.length,
    problems: report.problems.slice(0, LEDGER_CHECK_MAX_PROBLEMS),
  };
});
