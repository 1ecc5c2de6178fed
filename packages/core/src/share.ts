import { absoluteUrl, withReferral } from './deep-link.js';
import { ShopletError } from './errors.js';

/**
 * What to share: the link, a title, optional text and image, and the sharer's referral code.
 *
 * @example
 * const data: ShareData = { url: 'https://shop.example/p/linen-shirt', title: 'Linen shirt', ref: 'ana' };
 */
export interface ShareData {
  /** Absolute `http(s)` URL, typically a deep link from `buildDeepLink`. */
  url: string;
  title: string;
  /** Message text; defaults to the title. */
  text?: string;
  /** The sharer's creator or referral code, added to the URL as `sl_ref`. */
  ref?: string;
  /** Absolute image URL for Pinterest. */
  media?: string;
}

/**
 * Share targets as URLs. Discord has no share URL, so it is `null`: copy `copy` to the clipboard.
 *
 * @example
 * const links: ShareLinks = shareLinks({ url, title });
 * anchor.href = links.whatsapp;
 */
export interface ShareLinks {
  whatsapp: string;
  telegram: string;
  x: string;
  facebook: string;
  pinterest: string;
  line: string;
  email: string;
  /** Discord has no share URL: offer "copy link" with `copy`. */
  discord: null;
  /** The final URL (with the referral code) for a copy button. */
  copy: string;
}

/**
 * A share target id (`whatsapp`, `discord`, `copy`…).
 *
 * @example
 * const target: ShareTarget = 'telegram';
 */
export type ShareTarget = keyof ShareLinks;

/**
 * Share targets in display order with their names, for building a share menu.
 *
 * @example
 * for (const { id, label } of SHARE_TARGETS) console.log(id, label, links[id] ?? 'copy');
 */
export const SHARE_TARGETS: readonly { id: ShareTarget; label: string }[] = [
  { id: 'whatsapp', label: 'WhatsApp' },
  { id: 'telegram', label: 'Telegram' },
  { id: 'discord', label: 'Discord' },
  { id: 'x', label: 'X' },
  { id: 'facebook', label: 'Facebook' },
  { id: 'pinterest', label: 'Pinterest' },
  { id: 'line', label: 'LINE' },
  { id: 'email', label: 'Email' },
  { id: 'copy', label: 'Copy link' },
];

const q = encodeURIComponent;

/**
 * Builds share URLs for every target, with the referral code added to the shared link. All values
 * are encoded with `encodeURIComponent`, so emoji, `&`, `#` and spaces survive the trip.
 *
 * @example
 * const links = shareLinks({ url: 'https://shop.example/p/linen-shirt', title: 'Linen shirt 🌿', ref: 'ana' });
 * links.whatsapp; // 'https://wa.me/?text=Linen%20shirt%20%F0%9F%8C%BF%20https%3A%2F%2Fshop.example%2Fp%2Flinen-shirt%3Fsl_ref%3Dana'
 */
export function shareLinks(data: ShareData): ShareLinks {
  if (typeof data?.title !== 'string') {
    throw new ShopletError('invalid_input', 'title must be a string (the product or post title).', { field: 'title' });
  }
  const url = withReferral(data.url, data.ref);
  const text = data.text ?? data.title;
  const media = data.media ? `&media=${q(absoluteUrl(data.media, 'media').toString())}` : '';
  return {
    whatsapp: `https://wa.me/?text=${q(`${text} ${url}`)}`,
    telegram: `https://t.me/share/url?url=${q(url)}&text=${q(text)}`,
    x: `https://x.com/intent/post?text=${q(text)}&url=${q(url)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}`,
    pinterest: `https://pinterest.com/pin/create/button/?url=${q(url)}&description=${q(text)}${media}`,
    line: `https://social-plugins.line.me/lineit/share?url=${q(url)}`,
    // RFC 6068: line breaks in a mailto body are CRLF.
    email: `mailto:?subject=${q(data.title)}&body=${q(`${text}\r\n\r\n${url}`)}`,
    discord: null,
    copy: url,
  };
}

/**
 * The part of `navigator` that sharing uses; pass `navigator` in browsers, anything shaped like it
 * elsewhere (or nothing).
 *
 * @example
 * const nav: NavigatorShareLike = globalThis.navigator;
 */
export interface NavigatorShareLike {
  share?(data: { url?: string; title?: string; text?: string }): Promise<void>;
  canShare?(data: { url?: string; title?: string; text?: string }): boolean;
}

/**
 * How a share went: the system share sheet was used (maybe cancelled by the shopper), or it is not
 * available and the UI should show the fallback buttons.
 *
 * @example
 * const r: ShareResult = await share(data, navigator);
 * if (r.method === 'fallback') showButtons(r.links);
 */
export type ShareResult = { method: 'native'; cancelled: boolean } | { method: 'fallback'; links: ShareLinks };

/**
 * Shares through the Web Share API when the platform has it (mobile share sheet: WhatsApp,
 * Messages, Telegram…), otherwise returns the fallback links. A shopper cancelling the sheet is not
 * an error. Call it from a click handler: browsers require a user gesture.
 *
 * @example
 * button.addEventListener('click', async () => {
 *   const result = await share({ url: location.href, title: document.title, ref: 'ana' }, navigator);
 *   if (result.method === 'fallback') openShareMenu(result.links);
 * });
 */
export async function share(data: ShareData, platform?: NavigatorShareLike | null): Promise<ShareResult> {
  const links = shareLinks(data);
  const payload = { url: links.copy, title: data.title, text: data.text ?? data.title };
  if (typeof platform?.share === 'function' && (platform.canShare?.(payload) ?? true)) {
    try {
      await platform.share(payload);
      return { method: 'native', cancelled: false };
    } catch (err) {
      if ((err as { name?: string } | null)?.name === 'AbortError') return { method: 'native', cancelled: true };
      // NotAllowedError (no user gesture) or a broken share target: the buttons still work.
    }
  }
  return { method: 'fallback', links };
}
