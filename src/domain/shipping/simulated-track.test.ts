import { simulatedTrack } from './simulated-track';
import { trackStageOf } from './track-stage';

const shippedAt = '2026-11-20T02:00:00.000Z';
const at = (hours: number) => Date.parse(shippedAt) + hours * 3600_000;
const track = (hours: number) => simulatedTrack({ shippedAt, now: at(hours), carrier: '顺丰速运', destination: '浙江省 杭州市 西湖区' });

test('only the steps already past, newest first, ending signed', () => {
  expect(track(0).map((n) => n.stage)).toEqual(['PICKED_UP']);
  expect(track(12).map((n) => n.stage)).toEqual(['IN_TRANSIT', 'IN_TRANSIT', 'PICKED_UP']);
  const done = track(100);
  expect(done[0]).toMatchObject({ stage: 'SIGNED', at: new Date(at(38)).toISOString() });
  expect(done.map((n) => Date.parse(n.at))).toEqual([...done.map((n) => Date.parse(n.at))].sort((a, b) => b - a));
  expect(done[done.length - 1]?.text).toContain('顺丰速运');
});

test('WeChat action types map to stages; anything unknown is an exception', () => {
  expect([100001, 200001, 300002, 300003, 300004, 400001, 999].map(trackStageOf)).toEqual(['PICKED_UP', 'IN_TRANSIT', 'DELIVERING', 'SIGNED', 'EXCEPTION', 'EXCEPTION', 'EXCEPTION']);
});
