import { regionKey, type Region } from '../../../../src/domain/o2o/region';
import { stableId } from '../scenes/scene-id';

/** One agent document per region, found by id inside a transaction (which cannot query). */
export function agentIdFor(region: Region): string {
  return 'A' + stableId(['agent', regionKey(region)], 16);
}
