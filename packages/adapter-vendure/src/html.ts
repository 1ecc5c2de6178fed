const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The character a numeric entity names; as in HTML, U+FFFD for what is not a Unicode scalar value
 * (0, a surrogate, past U+10FFFF), so one bad entity never makes a description unreadable.
 */
function fromCodePoint(digits: string, radix: number): string {
  const code = Number.parseInt(digits, radix);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : '\uFFFD';
}

/**
 * Turns a Vendure HTML description into plain text: block ends become line breaks, tags go,
 * common entities are decoded. For display as text only; the HTML itself is sanitized by the
 * elements.
 *
 * @example
 * htmlToText('<p>Soft linen.</p><p>Cool &amp; light.</p>'); // 'Soft linen.\n\nCool & light.'
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|ul|ol|blockquote)\s*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#x([\da-f]+)|#(\d+)|([a-z]+));/gi, (match, hex?: string, decimal?: string, name?: string) => {
      if (hex) return fromCodePoint(hex, 16);
      if (decimal) return fromCodePoint(decimal, 10);
      return ENTITIES[name!.toLowerCase()] ?? match;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
