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
import { ENTRY_KIND_LABELS, ENTRY_STATUS_LABELS } from '../export-labels';

const HEADER = ['流水号', '类型', '状态', '订单号', '商品', '数量', '层级', '受益人ID', '受益人', '下单人ID', '计佣基数(元)', '金额(元)', '创建时间', '结算时间'];

/** 佣金流水 created on the given Beijing days as CSV (read-only; at most EXPORT_ROW_CAP rows, oldest first). */
export const exportCommissionEntries = defineAction(financeApi.actions.exportCommissionEntries, async (ctx, input): Promise<ExportFileView> => {
  const { start, end } = beijingDayRange(input.from, input.to);
  const { docs, capped } = await readCapped(
    (skip, limit) =>
      ctx.store.find(COLLECTIONS.commissionEntries, { createdAt: { $gte: start, $lt: end } }, {
        skip,
        limit,
        orderBy: [{ field: 'createdAt', direction: 'asc' }, { field: '_id', direction: 'asc' }],
      }),
    EXPORT_ROW_CAP,
  );
  const names = await nicknamesInChunks(ctx.store, docs.map((e) => e.beneficiaryId));
  const rows = docs.map((e) => [
    e._id,
    ENTRY_KIND_LABELS[e.kind],
    ENTRY_STATUS_LABELS[e.status],
    e.orderId,
    e.productTitle,
    e.quantity,
    e.level,
    e.beneficiaryId,
    names.get(e.beneficiaryId) ?? '',
    e.buyerId,
    fenToYuanText(e.baseFen),
    fenToYuanText(e.amountFen),
    beijingTimeText(e.createdAt),
    beijingTimeText(e.settledAt),
  ]);
  return saveCsvExport(ctx, { kind: 'commission-entries', header: HEADER, rows, capped });
});
