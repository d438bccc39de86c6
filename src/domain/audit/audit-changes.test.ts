import { auditChanges, auditValueText } from './audit-changes';

test('only changed fields, in order, with money, yes/no and none written for people', () => {
  const before = { _id: 'settings', shopName: '鲜甜生活馆', payTimeoutMinutes: 30, minFen: 100, onShelf: true, note: null };
  const after = { _id: 'settings', shopName: '鲜甜生活馆', payTimeoutMinutes: 15, minFen: 2500, onShelf: false, note: '改' };
  expect(auditChanges(before, after)).toEqual([
    { field: 'payTimeoutMinutes', before: '30', after: '15' },
    { field: 'minFen', before: '¥1.00', after: '¥25.00' },
    { field: 'onShelf', before: '是', after: '否' },
    { field: 'note', before: '—', after: '改' },
  ]);
});

test('a creation lists what was set; a removed field shows as gone; nothing changed is nothing', () => {
  expect(auditChanges(null, { name: '满100减10', tags: ['新客', 'VIP'] })).toEqual([
    { field: 'name', before: '—', after: '满100减10' },
    { field: 'tags', before: '—', after: '新客、VIP' },
  ]);
  expect(auditChanges({ a: 1, gone: 'x' }, { a: 1 })).toEqual([{ field: 'gone', before: 'x', after: '—' }]);
  expect(auditChanges({ a: 1 }, { a: 1 })).toEqual([]);
  expect(auditChanges('ACTIVE', 'FROZEN')).toEqual([{ field: '', before: 'ACTIVE', after: 'FROZEN' }]);
});

test('long structures are cut short', () => {
  expect(auditValueText('policy', { levels: 2, ratesBps: Array.from({ length: 30 }, (_, i) => i) }).endsWith('…')).toBe(true);
});
