import { financeApi } from '../../../src/contracts/api/finance';
import { EXPORT_ROW_CAP, type ExportFileView } from '../../../src/contracts/export-file';
import { beijingTimeText } from '../../../src/domain/export/beijing-time-text';
import { fenToYuanText } from '../../../src/domain/export/fen-to-yuan-text';
import { beijingDayRange } from '../../shared/flows/exports/day-range';
import { nicknamesInChunks } from '../../shared/flows/exports/nicknames-in-chunks';
import { readCapped } from '../../shared/flows/exports/read-capped';
import { saveCsvExport } from '../../shared/flows/exports/save-csv-export';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { METHOD_LABELS, WITHDRAWAL_STATUS_LABELS } from '../export-labels';

const HEADER = ['提现单号', '用户ID', '昵称', '状态', '方式', '收款账户', '申请金额(元)', '手续费(元)', '实付(元)', '申请时间', '审核时间', '打款时间', '打款次数', '驳回原因', '失败原因', '渠道单号'];

/** 提现记录 requested on the given Beijing days as CSV (read-only; at most EXPORT_ROW_CAP rows, oldest first). */
export const exportWithdrawals = defineAction(financeApi.actions.exportWithdrawals, async (ctx, input): Promise<ExportFileView> => {
  const { start, end } = beijingDayRange(input.from, input.to);
  const { docs, capped } = await readCapped(
    (skip, limit) =>
      ctx.store.find(COLLECTIONS.withdrawals, { requestedAt: { $gte: start, $lt: end } }, {
        skip,
        limit,
        orderBy: [{ field: 'requestedAt', direction: 'asc' }, { field: '_id', direction: 'asc' }],
      }),
    EXPORT_ROW_CAP,
  );
  const names = await nicknamesInChunks(ctx.store, docs.map((w) => w.userId));
  const rows = docs.map((w) => [
    w._id,
    w.userId,
    names.get(w.userId) ?? '',
    WITHDRAWAL_STATUS_LABELS[w.status],
    METHOD_LABELS[w.method],
    w.account,
    fenToYuanText(w.amountFen),
    fenToYuanText(w.feeFen),
    fenToYuanText(w.netFen),
    beijingTimeText(w.requestedAt),
    beijingTimeText(w.reviewedAt),
    beijingTimeText(w.paidAt),
    w.attempts,
    w.rejectReason ?? '',
    w.failureReason ?? '',
    w.channelRef ?? '',
  ]);
  return saveCsvExport(ctx, { kind: 'withdrawals', header: HEADER, rows, capped });
});
