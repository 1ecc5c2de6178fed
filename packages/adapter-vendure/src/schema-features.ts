import { isShopletError } from '@shoplet/core';
import { warnOnce } from '@shoplet/core/internal';
import { SCHEMA_FEATURES_QUERY } from './queries.js';
import { send, type VendureShared } from './shared.js';

/**
 * The optional custom fields this server has, as the queries need to know them.
 *
 * @example
 * const features: SchemaFeatures = { compareAtPrice: true, reviews: true, attributes: true, deliveryDays: false };
 */
export interface SchemaFeatures {
  compareAtPrice: boolean;
  reviews: boolean;
  attributes: boolean;
  deliveryDays: boolean;
}

/** Each feature and the custom fields it needs, as `SCHEMA_FEATURES_QUERY` asks for them. */
const NEEDS: Record<keyof SchemaFeatures, string[]> = {
  compareAtPrice: ['compareAtPrice'],
  reviews: ['reviewRating', 'reviewCount'],
  attributes: ['shopletRef', 'shopletUtm'],
  deliveryDays: ['minDays', 'maxDays'],
};

const FEATURES = Object.keys(NEEDS) as (keyof SchemaFeatures)[];

/** How long a detection is trusted: a schema changes with a deploy, not between page views. */
export const DETECTION_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * The schema features of one adapter: declared in the options, or detected once and kept in the
 * client's storage per Shop API for {@link DETECTION_LIFETIME_MS}, so that a page view does not
 * wait for an introspection query before its products.
 *
 * @example
 * const data = await features.use((found) => send(shared, productsQuery(lookups, found).query, {}, true));
 */
export interface FeatureSource {
  /** The features, detecting them when not declared and not known yet. */
  get(): Promise<SchemaFeatures>;
  /**
   * Runs a request built for the features. When the server refuses it as not matching its schema
   * (a custom field was removed or added since the detection), detects again and, if the features
   * changed, runs it once more: a refused document was not executed, so even a mutation may be.
   */
  use<T>(run: (features: SchemaFeatures) => Promise<T>): Promise<T>;
}

interface StoredDetection {
  features: SchemaFeatures;
  detectedAt: number;
}

/** True for GraphQL validation errors, which Vendure answers when a document selects a field it lacks. */
function isSchemaError(err: unknown): boolean {
  if (!isShopletError(err)) return false;
  const details = typeof err.cause === 'string' ? err.cause : JSON.stringify(err.cause ?? null);
  return /GRAPHQL_VALIDATION_FAILED|Cannot query field|Unknown type|Unknown argument/.test(details ?? '');
}

/** Per Shop API (and language), so that two shops on one page keep their own. */
const storageKey = (shared: VendureShared) => `vendure-schema-features:${shared.options.url}`;

function readStored(text: string | null | undefined, now: number): SchemaFeatures | undefined {
  try {
    const stored = JSON.parse(text ?? 'null') as StoredDetection | null;
    const fresh = typeof stored?.detectedAt === 'number' && now - stored.detectedAt < DETECTION_LIFETIME_MS;
    if (fresh && FEATURES.every((feature) => typeof stored.features?.[feature] === 'boolean')) return stored.features;
  } catch {
    // Unreadable (another version wrote it, or storage was edited): detect again.
  }
  return undefined;
}

/**
 * Asks the server which custom fields it has. When it refuses introspection, assumes a stock
 * Vendure and says so once in development; when it cannot be reached, rejects so that the next
 * call asks again.
 */
async function detect(shared: VendureShared): Promise<SchemaFeatures> {
  let data: Record<string, unknown>;
  try {
    data = await send(shared, SCHEMA_FEATURES_QUERY, {}, true);
  } catch (err) {
    // Refused is answered with GraphQL errors: HTTP 400 (how Vendure turns introspection down) or
    // errors in the answer. Anything else (offline, a server error) is a failure to retry.
    if (!isShopletError(err) || (err.status ? err.status !== 400 : err.code !== 'backend')) throw err;
    warnOnce(
      'vendure-custom-fields',
      `could not detect the Vendure custom fields (${err.message}); using none. Pass vendure({ customFields: { … } }) to declare them.`,
    );
    data = {};
  }
  const features = {} as SchemaFeatures;
  for (const feature of FEATURES) {
    const type = data[feature] as { fields?: { name: string }[]; inputFields?: { name: string }[] } | null;
    const names = new Set((type?.fields ?? type?.inputFields ?? []).map((field) => field.name));
    features[feature] = NEEDS[feature].every((name) => names.has(name));
  }
  return features;
}

/**
 * Creates the feature source of one adapter, whose shared state (the client's context arrives
 * later) `adapter` returns; `onFeatures` hears every result, so the capabilities follow it.
 *
 * @example
 * const features = createFeatureSource(() => shared, (found) => (capabilities.cartAttributes = found.attributes));
 */
export function createFeatureSource(
  adapter: () => VendureShared,
  onFeatures: (features: SchemaFeatures) => void,
): FeatureSource {
  let known: Promise<SchemaFeatures> | undefined;

  const detectAndStore = async () => {
    const shared = adapter();
    const features = await detect(shared);
    const detectedAt = shared.ctx?.now() ?? Date.now();
    shared.ctx?.storage.setItem(storageKey(shared), JSON.stringify({ features, detectedAt } satisfies StoredDetection));
    return features;
  };

  /** Makes `features` the known ones; a failed detection (offline) runs again on the next call. */
  const settle = (features: Promise<SchemaFeatures>) => {
    known = features;
    features.then(onFeatures, () => {
      if (known === features) known = undefined;
    });
    return features;
  };

  const get = (): Promise<SchemaFeatures> => {
    if (known) return known;
    const shared = adapter();
    const declared = shared.options.customFields;
    if (declared !== 'detect') {
      return settle(
        Promise.resolve({
          compareAtPrice: declared.compareAtPrice === true,
          reviews: declared.reviews === true,
          attributes: declared.attributes === true,
          deliveryDays: declared.deliveryDays === true,
        }),
      );
    }
    const stored = readStored(shared.ctx?.storage.getItem(storageKey(shared)), shared.ctx?.now() ?? Date.now());
    return settle(stored ? Promise.resolve(stored) : detectAndStore());
  };

  return {
    get,
    async use(run) {
      const features = await get();
      try {
        return await run(features);
      } catch (err) {
        if (adapter().options.customFields !== 'detect' || !isSchemaError(err)) throw err;
        const fresh = await settle(detectAndStore());
        if (FEATURES.every((feature) => fresh[feature] === features[feature])) throw err;
        return run(fresh);
      }
    },
  };
}
