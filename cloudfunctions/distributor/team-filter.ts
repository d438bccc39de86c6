import type { TeamLevel } from '../../src/contracts/distributor';
import type { Filter } from '../shared/kernel/store/store';

/**
 * Who is on a level of `ownerId`'s team. The upline is nearest first, so level 1 is `superiorId` (= upline.0) and
 * level 2 is `upline.1`; both are indexed with `boundAt`, so a page or a count never scans other users.
 */
export function teamFilter(ownerId: string, level: TeamLevel): Filter {
  return level === 1 ? { superiorId: ownerId } : { 'upline.1': ownerId };
}
