import { warnOnce } from '@shoplet/core/internal';

/**
 * What a URL is used for, which decides the schemes it may have besides `https:` and `http:`:
 * `link` none; `email-link` also `mailto:`; `media` (an `<img>`, `<video>` or `<track>` source)
 * also `blob:`, a URL only the page itself can make (a preview of a local file), and one that
 * never runs as a page there.
 *
 * @example
 * const kind: UrlKind = 'media';
 */
export type UrlKind = 'link' | 'email-link' | 'media';

const SCHEMES: Record<UrlKind, readonly string[]> = {
  link: ['https:', 'http:'],
  'email-link': ['https:', 'http:', 'mailto:'],
  media: ['https:', 'http:', 'blob:'],
};

// Browsers drop tabs and newlines anywhere in a URL and control characters around it, which is
// how `java\tscript:` reads as `javascript:`; no real URL has control characters (\p{Cc}), so
// any of them refuses it.
const CONTROL = /\p{Cc}/u;

/**
 * Resolves `value` against the page (a relative URL is fine) and returns it when its scheme is
 * allowed for `kind`, else `null`. The one check for every URL an element renders from data or
 * attributes.
 *
 * @example
 * allowedUrl('/returns', 'link'); // 'https://blog.example/returns'
 * allowedUrl('java\tscript:alert(1)', 'link'); // null
 */
export function allowedUrl(value: string, kind: UrlKind): string | null {
  if (CONTROL.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, typeof document === 'undefined' ? 'https://shoplet.invalid/' : document.baseURI);
  } catch {
    return null;
  }
  return SCHEMES[kind].includes(url.protocol) ? url.href : null;
}

/**
 * {@link allowedUrl} for a value from an attribute or a document: surrounding spaces are ignored,
 * an empty value is `null`, and a refused one warns once in development naming `field`.
 *
 * @example
 * safeUrl('/returns'); // 'https://blog.example/returns'
 * safeUrl('javascript:alert(1)', { field: 'creator.url' }); // null, and a warning naming creator.url
 * safeUrl(post.media.src, { kind: 'media', field: 'media.src' });
 */
export function safeUrl(
  value: string | null | undefined,
  options: { kind?: UrlKind; field?: string } = {},
): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const kind = options.kind ?? 'link';
  const url = allowedUrl(value.trim(), kind);
  if (url === null && options.field) {
    warnOnce(
      'invalid-attribute',
      `${options.field} ${JSON.stringify(value)} is left out: use an ${SCHEMES[kind].join(', ')} or relative URL.`,
    );
  }
  return url;
}
