import { createContext } from '@lit/context';
import type { Shoplet } from '@shoplet/core';

/**
 * The context key through which `<shoplet-store>` hands its client to the elements inside it.
 *
 * @example
 * @consume({ context: shopletContext, subscribe: true }) client?: Shoplet;
 */
export const shopletContext = createContext<Shoplet | undefined>(Symbol.for('shoplet-client'));
