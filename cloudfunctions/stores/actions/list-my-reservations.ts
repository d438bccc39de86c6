import { storesApi } from '../../../src/contracts/api/stores';
import type { Page } from '../../../src/contracts/paging';
import type { ReservationView } from '../../../src/contracts/stores';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toReservationView } from '../../shared/flows/o2o/to-reservation-view';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

export const listMyReservations = defineAction(storesApi.actions.listMyReservations, async (ctx, input): Promise<Page<ReservationView>> =>
  readPage(
    input,
    (skip, limit) => ctx.store.find(COLLECTIONS.reservations, { userId: ctx.openid }, { skip, limit, orderBy: [{ field: 'createdAt', direction: 'desc' }] }),
    (doc) => toReservationView(doc),
  ),
);
