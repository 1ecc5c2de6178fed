const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Turns a Vendure HTML description into plain text: block ends become line breaks, tags go,
 * common entities are decoded. For display as text only; the HTML itself is sanitized by the
 * elements.
 *
 * @example
 * htmlToText('<p>Soft linen.</p><p>Cool &amp; light.</p>'); // 'Soft linen.\n\nCool & light.'
 */
export function htmlToText(html: string): string {
  return (
    html
      .replace(/<br\b[^>]*>/gi, '\n')
      .replace(/<\/(p|div|h[1-6]|li|ul|ol|blockquote)\s*>/gi, '\n\n')
      .replace(/<[^>]*>/g, '')
      // `&#39;` and `&#x27;` become Number('039') and Number('0x27').
      .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (match, entity: string) =>
        entity[0] === '#'
          ? String.fromCodePoint(Number(`0${entity.slice(1)}`))
          : (ENTITIES[entity.toLowerCase()] ?? match),
      )
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
