import { EmbeddedStore } from '../../cloudfunctions/shared/kernel/store/embedded-store';
import { moveStatus } from '../../cloudfunctions/shared/kernel/store/move-status';
import { untyped } from './untyped-store';
import { orderLifecycle } from '../../src/domain/order/order-lifecycle';
import { paymentAlertLifecycle } from '../../src/domain/payment-alert/payment-alert-lifecycle';
import { isDomainError } from '../../src/domain/shared/domain-error';

describe('moveStatus', () => {
  let store: EmbeddedStore;
  beforeEach(async () => {
    store = new EmbeddedStore(':memory:');
    await untyped(store).insert('orders', { _id: 'o1', status: 'PAID', n: 1 });
  });
  afterEach(() => store.close());

  const paidToShipped = { collection: 'orders', id: 'o1', lifecycle: orderLifecycle, from: 'PAID', to: 'SHIPPED' } as const;

  it('writes an allowed move together with the other fields in one compare-and-set', async () => {
    expect(await moveStatus(store, { ...paidToShipped, patch: { n: 2 } })).toBe(true);
    expect(await untyped(store).get('orders', 'o1')).toEqual({ _id: 'o1', status: 'SHIPPED', n: 2 });
  });

  it('answers false and writes nothing when the document moved or fails a further condition', async () => {
    expect(await moveStatus(store, { ...paidToShipped, from: 'SHIPPED', to: 'RECEIVED' })).toBe(false);
    expect(await moveStatus(store, { ...paidToShipped, expected: { n: 5 } })).toBe(false);
    expect(await untyped(store).get('orders', 'o1')).toEqual({ _id: 'o1', status: 'PAID', n: 1 });
  });

  it('throws the lifecycle’s DomainError for a move the table refuses, before writing', async () => {
    const update = jest.spyOn(store, 'update');
    let thrown: unknown;
    await moveStatus(store, { ...paidToShipped, to: 'COMPLETED' }).catch((e: unknown) => (thrown = e));
    expect(isDomainError(thrown) && thrown.code).toBe('ORDER.INVALID_TRANSITION');
    expect(update).not.toHaveBeenCalled();
  });

  it('keeps the status and writes the rest under its guard when nothing moves', async () => {
    await expect(moveStatus(store, { ...paidToShipped, to: 'PAID', patch: { n: 3 } })).rejects.toThrow('订单状态不允许此操作');
    expect(await moveStatus(store, { ...paidToShipped, to: undefined, patch: { n: 3 } })).toBe(true);
    expect(await untyped(store).get('orders', 'o1')).toEqual({ _id: 'o1', status: 'PAID', n: 3 });
  });

  it('refuses a patch that carries the status itself (a bug)', async () => {
    await expect(moveStatus(store, { ...paidToShipped, patch: { status: 'CLOSED' } })).rejects.toThrow('carries status');
  });

  it('moves a field named otherwise, stored as null in its initial state', async () => {
    await untyped(store).insert('payment_alerts', { _id: 'a1', state: null });
    const move = { collection: 'payment_alerts', id: 'a1', lifecycle: paymentAlertLifecycle, from: 'OPEN', to: 'DISMISSED', field: 'state', storedFrom: null } as const;
    expect(await moveStatus(store, move)).toBe(true);
    expect(await untyped(store).get('payment_alerts', 'a1')).toEqual({ _id: 'a1', state: 'DISMISSED' });
  });
});

describe('moveStatus along a path, and over an ended record', () => {
  let store: EmbeddedStore;
  beforeEach(async () => {
    store = new EmbeddedStore(':memory:');
    await untyped(store).insert('orders', { _id: 'o1', status: 'PAID' });
  });
  afterEach(() => store.close());

  it('checks each step it passes through', async () => {
    const base = { collection: 'orders', id: 'o1', lifecycle: orderLifecycle, from: 'PAID', to: 'RECEIVED' } as const;
    await expect(moveStatus(store, base)).rejects.toThrow('订单状态不允许此操作');
    await expect(moveStatus(store, { ...base, via: ['COMPLETED'] })).rejects.toThrow('订单状态不允许此操作');
    expect(await moveStatus(store, { ...base, via: ['SHIPPED'] })).toBe(true);
    expect(await untyped(store).get('orders', 'o1')).toEqual({ _id: 'o1', status: 'RECEIVED' });
  });

  it('starts a replacing record only in an initial state', async () => {
    const base = { collection: 'orders', id: 'o1', lifecycle: orderLifecycle, from: 'PAID', replace: true } as const;
    await expect(moveStatus(store, { ...base, to: 'SHIPPED' })).rejects.toThrow('cannot start again');
    expect(await moveStatus(store, { ...base, to: 'PENDING_PAY' })).toBe(true);
    expect(await untyped(store).get('orders', 'o1')).toEqual({ _id: 'o1', status: 'PENDING_PAY' });
  });
});
