import type { CommissionEntry } from '../../../../src/domain/commission/commission-entry-lifecycle';
import type { CommissionEntryDoc } from '../../kernel/docs/docs';

export function toDomainEntry(doc: CommissionEntryDoc): CommissionEntry {
  return {
    id: doc._id,
    kind: doc.kind,
    status: doc.status,
    beneficiaryId: doc.beneficiaryId,
    lineId: doc.lineId,
    level: doc.level,
    amountFen: doc.amountFen,
    parentEntryId: doc.parentEntryId,
    basis: doc.basis,
  };
}
