/**
 * Resolves a configured link against the page and keeps it only when it is `http(s)`, so a
 * `javascript:` URL from configuration or an attribute never becomes a link.
 *
 * @example
 * safeUrl('/returns'); // 'https://blog.example/returns'
 * safeUrl('javascript:alert(1)'); // null
 */
export function safeUrl(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim(), document.baseURI);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}
