import type { Page } from '../../../src/contracts/paging';
import type { ReservationView } from '../../../src/contracts/stores';
import { storesInputs } from '../../../src/contracts/stores-inputs';
import { defineAction } from '../../shared/handler/define-action';
import type { ReservationDoc } from '../../shared/o2o/o2o-docs';
import { toReservationView } from '../../shared/o2o/to-reservation-view';
import { readPage } from '../../shared/paging/to-page';
import { COLLECTIONS } from '../../shared/store/collections';

export const listMyReservations = defineAction(storesInputs.listMyReservations, async (ctx, input): Promise<Page<ReservationView>> =>
  readPage(
    input,
    (skip, limit) => ctx.store.find<ReservationDoc>(COLLECTIONS.reservations, { userId: ctx.openid }, { skip, limit, orderBy: [{ field: 'createdAt', direction: 'desc' }] }),
    (doc) => toReservationView(doc),
  ),
);
