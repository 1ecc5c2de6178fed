/**
 * Unstable: what Shoplet's own packages (elements, adapters, embed) need from the core beyond its
 * public API. Any release may change or remove these names; applications should not import them.
 *
 * @module
 */
export { emptyCart } from './cart/empty-cart.js';
export { describePolicyProblem, findPolicyProblem, type PolicyProblem } from './delivery/policy-problem.js';
export { deliveryWindow } from './delivery/window.js';
export { DEV_MODE, warnOnce } from './dev-mode.js';
export { type Lazy, lazy } from './lazy.js';
export { parseMoney } from './money-parse.js';
export { currencyDigits, toDecimalString } from './money-units.js';
export { createTransport, type TransportOptions, transportFor } from './transport.js';
