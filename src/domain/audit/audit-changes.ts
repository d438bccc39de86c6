/** One field an audited action changed, its values already written for people (money as ¥, yes/no, — for none). */
export interface AuditChange {
  field: string;
  before: string;
  after: string;
}

const MAX_TEXT = 60;

/** A stored value as staff read it: amounts in 分 (fields ending in Fen) as ¥x.xx, booleans as 是 / 否, none as —. */
export function auditValueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number' && /Fen$/.test(field) && Number.isInteger(value)) return `¥${(value / 100).toFixed(2)}`;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join('、') || '—';
  const text = JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * What an action changed: the top-level fields whose values differ between before and after (all of after's for a
 * creation), in after's order, then fields that were removed. A non-object value is one field named ''.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const isObject = (v: unknown) => v === null || v === undefined || (typeof v === 'object' && !Array.isArray(v));
  if (!isObject(before) || !isObject(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: '', before: auditValueText('', before), after: auditValueText('', after) }];
  }
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))].filter((k) => k !== '_id');
  return fields.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])).map((k) => ({ field: k, before: auditValueText(k, b[k]), after: auditValueText(k, a[k]) }));
}
