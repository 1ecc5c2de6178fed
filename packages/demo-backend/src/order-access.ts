import type { Order, OrderByCodeAccessStrategy, OrderProcess, RequestContext } from '@vendure/core';

/** How long a guest may look up the order they just placed (a confirmation page, a lost response). */
const GUEST_ACCESS_MS = 2 * 60 * 60 * 1000;

/** The private order field that remembers which session took the order to payment. */
export const SESSION_FIELD = 'shopletSessionId';

const sessionOf = (ctx: RequestContext) => (ctx.session?.id == null ? null : String(ctx.session.id));

/**
 * Records, when an order moves to payment, which session moved it. The field is private (never in
 * the Shop API), so knowing an order code is not enough to read the order: see
 * {@link SameSessionOrderAccess}.
 *
 * @example
 * mergeConfig(config, { orderOptions: { process: [defaultOrderProcess, rememberPayingSession] } });
 */
export const rememberPayingSession: OrderProcess<'ArrangingPayment'> = {
  onTransitionEnd(_fromState, toState, { ctx, order }) {
    if (toState !== 'ArrangingPayment') return;
    (order.customFields as Record<string, unknown>)[SESSION_FIELD] = sessionOf(ctx);
  },
};

/**
 * Who may read an order with the Shop API's `orderByCode`. Vendure's default lets anyone who
 * knows the code read a guest order's name, email, address and phone for two hours; an order code
 * travels through analytics, support chats and screenshots, so here a guest order is readable
 * only by the session that paid for it (for two hours), and a customer's order only by that
 * customer.
 *
 * @example
 * mergeConfig(config, { orderOptions: { orderByCodeAccessStrategy: new SameSessionOrderAccess() } });
 */
export class SameSessionOrderAccess implements OrderByCodeAccessStrategy {
  canAccessOrder(ctx: RequestContext, order: Order): boolean {
    if (ctx.activeUserId) return order.customer?.user?.id === ctx.activeUserId;
    const payingSession = (order.customFields as Record<string, unknown> | undefined)?.[SESSION_FIELD];
    const placedAt = order.orderPlacedAt ? +order.orderPlacedAt : 0;
    return (
      typeof payingSession === 'string' && payingSession === sessionOf(ctx) && Date.now() - placedAt < GUEST_ACCESS_MS
    );
  }
}
