import type { Shoplet } from '@shoplet/core';
import { warnOnce } from '@shoplet/core/internal';
import { atom, type WritableAtom } from 'nanostores';

// Kept equal to package.json's version by scripts/element-version.test.mjs.
const VERSION = '0.1.0';

/**
 * What every copy of `@shoplet/elements` on a page shares (say a theme's script tag and an app's
 * bundle), so elements of either copy find the client the other one was given.
 */
interface ShopletRegistry {
  /** Version of the copy that created the registry. */
  readonly version: string;
  readonly $defaultClient: WritableAtom<Shoplet | undefined>;
}

const registryKey = Symbol.for('shoplet.registry');

// Breaking changes bump the major version, or the minor one while it is 0 (semver's caret rule).
const compatibleLine = (version: string) =>
  version.startsWith('0.') ? version.split('.', 2).join('.') : version.split('.')[0];

function joinRegistry(): ShopletRegistry {
  const page = globalThis as { [registryKey]?: ShopletRegistry };
  const existing = page[registryKey];
  if (!existing) {
    const created: ShopletRegistry = { version: VERSION, $defaultClient: atom<Shoplet | undefined>(undefined) };
    page[registryKey] = created;
    return created;
  }
  if (compatibleLine(existing.version) !== compatibleLine(VERSION)) {
    warnOnce(
      'duplicate-define',
      `Shoplet ${VERSION} shares this page with Shoplet ${existing.version}; both use one default client, but load one version to be safe.`,
    );
  }
  return existing;
}

/**
 * The page-wide client that elements outside any `<shoplet-store>` use. A store, so elements
 * that rendered before it was set update when it is. Shared by every copy of Shoplet on the page.
 *
 * @example
 * $defaultClient.subscribe((shop) => console.log(shop?.adapter.name));
 */
export const $defaultClient: WritableAtom<Shoplet | undefined> = joinRegistry().$defaultClient;

/**
 * Sets the client for every element outside a `<shoplet-store>`, whichever copy of Shoplet
 * defined it.
 *
 * @example
 * setDefaultClient(createShoplet({ adapter: vendure({ shopApi: '/shop-api' }) }));
 */
export function setDefaultClient(shop: Shoplet | undefined): void {
  $defaultClient.set(shop);
}

/**
 * The page-wide client, if one was set.
 *
 * @example
 * const shop = getDefaultClient();
 * await shop?.cart.add(variantId);
 */
export function getDefaultClient(): Shoplet | undefined {
  return $defaultClient.get();
}
