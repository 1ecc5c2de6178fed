/**
 * The focused element, looking inside open shadow roots: `document.activeElement` stops at the
 * host, but focus must return to the button inside it.
 *
 * @example
 * const opener = deepActiveElement();
 * // … later, when the dialog closes:
 * opener?.focus();
 */
export function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}
