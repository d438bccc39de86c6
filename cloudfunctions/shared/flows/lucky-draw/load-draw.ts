import { DRAW_ERRORS } from '../../../../src/domain/draw/draw-errors';
import { failWith } from '../../../../src/domain/shared/domain-error';
import type { LuckyDrawDoc } from '../../kernel/docs/marketing-docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';

export async function loadDraw(ops: Pick<DocOps, 'get'>, drawId: string): Promise<LuckyDrawDoc> {
  const draw = await ops.get(COLLECTIONS.luckyDraws, drawId);
  if (!draw) throw failWith(DRAW_ERRORS.NOT_FOUND);
  return draw;
}
