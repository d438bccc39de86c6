import { toFen } from '../money/fen';
import { chartStart, earningsByDay } from './earnings-by-day';

// 2026-11-20 10:00 in Beijing.
const NOW = new Date('2026-11-20T02:00:00.000Z');

test('one bar per Beijing day, oldest first, today last, empty days at 0', () => {
  const bars = earningsByDay([], NOW, 7);
  expect(bars.map((b) => b.day)).toEqual(['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']);
  expect(bars.every((b) => b.fen === 0)).toBe(true);
});

test('entries count on their Beijing day, net of corrections; older entries are left out', () => {
  const bars = earningsByDay(
    [
      { createdAt: '2026-11-19T16:30:00.000Z', amountFen: toFen(300) }, // 00:30 on the 20th in Beijing
      { createdAt: '2026-11-20T01:00:00.000Z', amountFen: toFen(-100) },
      { createdAt: '2026-11-19T15:59:59.000Z', amountFen: toFen(50) }, // 23:59 on the 19th
      { createdAt: '2026-10-01T00:00:00.000Z', amountFen: toFen(999) },
    ],
    NOW,
    7,
  );
  expect(bars.at(-1)).toEqual({ day: '2026-11-20', fen: 200 });
  expect(bars.at(-2)).toEqual({ day: '2026-11-19', fen: 50 });
  expect(bars.reduce((s, b) => s + b.fen, 0)).toBe(250);
});

test('the chart starts at Beijing midnight of its oldest day', () => {
  expect(chartStart(NOW, 7).toISOString()).toBe('2026-11-13T16:00:00.000Z');
  expect(chartStart(NOW, 30)).toEqual(new Date('2026-10-21T16:00:00.000Z'));
});
