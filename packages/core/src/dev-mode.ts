/**
 * True in development builds and when running from source; the production build replaces it with
 * `false` so the minifier drops every dev-only warning.
 *
 * @example
 * if (DEV_MODE) console.info('Shoplet development build: warnings are on.');
 */
export const DEV_MODE = true;

const warned = new Set<string>();

/**
 * Logs one development warning per code (`[shoplet:unknown-product] …`); silent in production.
 *
 * @example
 * warnOnce('unknown-product', `no product "${handle}"`);
 */
export function warnOnce(code: string, message: string): void {
  if (!DEV_MODE || warned.has(`${code}:${message}`)) return;
  warned.add(`${code}:${message}`);
  console.warn(`[shoplet:${code}] ${message} (docs/warnings.md#${code})`);
}
