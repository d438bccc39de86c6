/** Where a parcel is, in the words the order page uses; one stage per tracking node. */
export type TrackStage = 'PICKED_UP' | 'IN_TRANSIT' | 'DELIVERING' | 'SIGNED' | 'EXCEPTION';

export const TRACK_STAGE_LABELS: Readonly<Record<TrackStage, string>> = {
  PICKED_UP: '已揽件',
  IN_TRANSIT: '运输中',
  DELIVERING: '派送中',
  SIGNED: '已签收',
  EXCEPTION: '异常',
};

/**
 * WeChat 物流助手's action_type of a track node (logistics.getPath): 1000xx collection (100002 failed), 200001 in
 * transit, 300002 delivering, 300003 signed, 300004 failed delivery, 4000xx cancelled / held.
 */
export function trackStageOf(actionType: number): TrackStage {
  if (actionType === 100001 || actionType === 100003) return 'PICKED_UP';
  if (actionType === 200001) return 'IN_TRANSIT';
  if (actionType === 300002) return 'DELIVERING';
  if (actionType === 300003) return 'SIGNED';
  return 'EXCEPTION';
}
