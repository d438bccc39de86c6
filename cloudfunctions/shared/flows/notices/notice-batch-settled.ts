import { PAGES } from '../../../../src/contracts/pages';
import { toFen } from '../../../../src/domain/money/fen';
import { formatFen } from '../../../../src/domain/money/format-fen';
import { SHANGHAI_OFFSET_MS } from '../../../../src/domain/shared/shanghai-day';
import type { FunctionContext } from '../../kernel/context';
import { COLLECTIONS } from '../../kernel/store/collections';
import { MAX_PAGE_SIZE } from '../../kernel/store/store';
import type { SettledBatch } from '../settlement/settle-batch';
import { sendNotice } from './send-notice';

const time = (iso: string) => new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

/**
 * 佣金到账: one notice per beneficiary of a settlement batch, for the net it settled on them (its first order named,
 * the count in the note). Who has an accepted send left is read in one query per page of beneficiaries, so the many who
 * accepted none cost nothing each. The batch id is the notice's subject: a batch re-run after a crash sends none twice.
 */
export async function noticeBatchSettled(ctx: FunctionContext, batch: SettledBatch): Promise<number> {
  let sent = 0;
  for (let i = 0; i < batch.beneficiaries.length; i += MAX_PAGE_SIZE) {
    const page = batch.beneficiaries.slice(i, i + MAX_PAGE_SIZE);
    const ids = page.map((b) => `${b.userId}:COMMISSION_SETTLED`);
    const quotas = await ctx.store.find(COLLECTIONS.subscriptions, { _id: { $in: ids } }, { limit: MAX_PAGE_SIZE });
    const willing = new Set(quotas.filter((q) => (q.remaining ?? 0) > 0).map((q) => q.userId));
    for (const b of page) {
      if (!willing.has(b.userId)) continue;
      const data = { amount: formatFen(toFen(b.settledFen)), orderNo: b.firstOrderId, note: b.orders > 1 ? `共${b.orders}笔订单佣金` : '订单佣金', time: time(batch.at) };
      if ((await sendNotice(ctx, { subject: batch.batchId, openid: b.userId, template: 'COMMISSION_SETTLED', page: PAGES.earnings, data })) === 'SENT') sent += 1;
    }
  }
  return sent;
}
