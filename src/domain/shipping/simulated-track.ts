import { toEpochMs, type Instant } from '../shared/to-epoch-ms';
import type { TrackStage } from './track-stage';

export interface TrackNode {
  at: string;
  stage: TrackStage;
  text: string;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * The local shop's stand-in for a carrier's track: the usual steps of an express parcel at fixed hours after shipment
 * (collected, sorted, on its way, at the destination, out for delivery, signed), only those already past, newest first.
 * Deterministic, so the local shop and its tests see the same track at the same clock.
 */
export function simulatedTrack(input: { shippedAt: Instant; now: Instant; carrier: string; destination: string }): TrackNode[] {
  const shippedMs = toEpochMs(input.shippedAt);
  const steps: Array<[number, TrackStage, string]> = [
    [0, 'PICKED_UP', `【杭州市】${input.carrier} 已揽收`],
    [6, 'IN_TRANSIT', '【杭州市】快件已到达 杭州转运中心'],
    [10, 'IN_TRANSIT', '【杭州市】快件已从 杭州转运中心 发出，准备发往下一站'],
    [30, 'IN_TRANSIT', `快件已到达 ${input.destination} 营业网点`],
    [34, 'DELIVERING', `【${input.destination}】快递员正在派送，请保持电话畅通`],
    [38, 'SIGNED', `【${input.destination}】已签收，感谢使用${input.carrier}`],
  ];
  return steps
    .map(([hours, stage, text]) => ({ atMs: shippedMs + hours * HOUR_MS, stage, text }))
    .filter((n) => n.atMs <= toEpochMs(input.now))
    .reverse()
    .map((n) => ({ at: new Date(n.atMs).toISOString(), stage: n.stage, text: n.text }));
}
