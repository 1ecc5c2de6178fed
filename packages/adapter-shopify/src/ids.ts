/**
 * Shopify global ids (`gid://shopify/ProductVariant/123`) and the numeric ids the AJAX Cart API and
 * Liquid use (`123`).
 *
 * @module
 */

const GID = /^gid:\/\/shopify\/([A-Za-z]+)\/(\d+)(?:\?.*)?$/;

/**
 * The global id for a resource, accepting either form (`123` or the gid itself); `null` when `id` is
 * neither, or is a gid of another type.
 *
 * @example
 * toGid('ProductVariant', '4242'); // 'gid://shopify/ProductVariant/4242'
 * toGid('ProductVariant', 'gid://shopify/Product/1'); // null
 */
export function toGid(type: 'Product' | 'ProductVariant', id: string | number): string | null {
  const text = String(id).trim();
  if (/^\d+$/.test(text)) return `gid://shopify/${type}/${text}`;
  const match = GID.exec(text);
  return match && match[1] === type ? `gid://shopify/${type}/${match[2]}` : null;
}

/**
 * The numeric id inside a global id (or a numeric id as is); `null` when `id` is neither or of another type.
 *
 * @example
 * numericId('ProductVariant', 'gid://shopify/ProductVariant/4242'); // 4242
 */
export function numericId(type: 'Product' | 'ProductVariant', id: string | number): number | null {
  const gid = toGid(type, id);
  return gid ? Number(gid.slice(gid.lastIndexOf('/') + 1)) : null;
}
