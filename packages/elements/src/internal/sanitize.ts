import DOMPurify, { type Config } from 'dompurify';

// Formatting only: no scripts, styles, frames, embeds or forms, no event handlers, no inline CSS.
const CONFIG: Config = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'hr',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'small',
    'sub',
    'sup',
    'span',
    'div',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'a',
    'img',
    'figure',
    'figcaption',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'caption',
  ],
  ALLOWED_ATTR: ['href', 'title', 'alt', 'src', 'width', 'height', 'colspan', 'rowspan', 'lang', 'dir'],
  // http(s), mailto, tel, and relative URLs; never javascript:, data:, vbscript: or other schemes.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|[^a-z]|[a-z+.-]+(?:[^a-z+.:-]|$))/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  FORBID_TAGS: [
    'script',
    'style',
    'iframe',
    'object',
    'embed',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'svg',
    'math',
    'template',
    'link',
    'meta',
    'base',
  ],
  FORBID_ATTR: ['style', 'srcset', 'srcdoc', 'action', 'formaction', 'xlink:href'],
  RETURN_TRUSTED_TYPE: false,
};

// Browsers ignore leading whitespace and control characters before a URL scheme.
function isDataUrl(value: string): boolean {
  let i = 0;
  while (i < value.length && value.charCodeAt(i) <= 0x20) i++;
  return value.slice(i, i + 5).toLowerCase() === 'data:';
}

/**
 * Which images a description may show: `all`; `same-origin` (images from the page's own site
 * only, so a description cannot load a tracking pixel from elsewhere); `none`.
 */
export type DescriptionImages = 'all' | 'same-origin' | 'none';

/** The images setting a `description-images` attribute asks for, or `all` for a missing or unknown value. */
export function descriptionImages(value: string | null | undefined): DescriptionImages {
  return value === 'none' || value === 'same-origin' ? value : 'all';
}

let purifier: ReturnType<typeof DOMPurify> | undefined;
/** The images setting of the call in progress (DOMPurify hooks are per instance, not per call). */
let imagesAllowed: DescriptionImages = 'all';

function isSameOrigin(src: string): boolean {
  try {
    return new URL(src, document.baseURI).origin === location.origin;
  } catch {
    return false;
  }
}

function instance(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  // A private instance, so hooks here never touch a DOMPurify the host page uses.
  purifier = DOMPurify(window);
  // DOMPurify lets <img src="data:…"> through by default; a description never needs it.
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if ((data.attrName === 'src' || data.attrName === 'href') && isDataUrl(data.attrValue)) {
      data.keepAttr = false;
    }
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.tagName === 'IMG') node.setAttribute('loading', 'lazy');
  });
  purifier.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'img' || imagesAllowed === 'all') return;
    const src = (node as Element).getAttribute?.('src') ?? '';
    if (imagesAllowed === 'none' || !isSameOrigin(src)) node.parentNode?.removeChild(node);
  });
  return purifier;
}

/**
 * Cleans a product description from the backend before it is shown. Keeps text formatting,
 * lists, tables, links (opened in a new tab) and images (all, same-origin only, or none);
 * drops scripts, styles, frames, forms, SVG, every `on*` attribute and every
 * `javascript:`/`data:` URL.
 *
 * @example
 * sanitizeHtml('<p onclick="x()">Soft <b>linen</b></p><script>alert(1)</script>'); // '<p>Soft <b>linen</b></p>'
 * sanitizeHtml('<p>Hi<img src="https://tracker.example/p.gif"></p>', { images: 'same-origin' }); // '<p>Hi</p>'
 */
export function sanitizeHtml(html: string, options: { images?: DescriptionImages } = {}): string {
  if (typeof window === 'undefined') return '';
  imagesAllowed = options.images ?? 'all';
  try {
    return instance().sanitize(html, { ...CONFIG, RETURN_DOM: false, RETURN_DOM_FRAGMENT: false }) as string;
  } finally {
    imagesAllowed = 'all';
  }
}
