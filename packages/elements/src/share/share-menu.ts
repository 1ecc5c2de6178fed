import {
  buildDeepLink,
  SHARE_TARGETS,
  type ShareLinks,
  type ShareTarget,
  share,
  shareLinks,
  withReferral,
} from '@shoplet/core';
import { html, nothing } from 'lit';

export { share };

/**
 * What `<shoplet-share>` knows before it builds a link: the page, the deep-link parts and the texts.
 *
 * @example
 * const input: ShareInput = { base: 'https://blog.example/look', post: 'summer-look', title: 'Look', ref: 'ana' };
 */
export interface ShareInput {
  /** Absolute http(s) page URL the link starts from. */
  base: string;
  post?: string;
  product?: string;
  t?: number;
  ref?: string;
  /** Title; empty means the link itself. */
  title: string;
  text?: string;
  /** Absolute image URL for Pinterest. */
  media?: string;
}

/**
 * The link, title and target URLs to share.
 *
 * @example
 * const { url, links } = prepareShare({ base: location.href, product: 'linen-shirt', title: 'Linen shirt' });
 */
export interface PreparedShare {
  url: string;
  title: string;
  text?: string;
  ref?: string;
  links: ShareLinks;
}

/**
 * Builds the deep link (or the page link with the referral code) and every target's URL.
 * Loaded on the first use of a share button, so pages that never share don't carry it.
 *
 * @example
 * prepareShare({ base: 'https://blog.example/look', post: 'summer-look', t: 12.5, title: 'Look', ref: 'ana' }).url;
 * // 'https://blog.example/look?sl_ref=ana#shoplet=summer-look&t=12.5'
 */
export function prepareShare(input: ShareInput): PreparedShare {
  const { base, post, product, t, ref, text, media } = input;
  const url =
    post || product
      ? buildDeepLink(base, {
          ...(post ? { post } : {}),
          ...(product ? { product } : {}),
          ...(t === undefined ? {} : { t }),
          ...(ref ? { ref } : {}),
        })
      : withReferral(base, ref);
  const title = input.title || url;
  const links = shareLinks({ url, title, ...(text ? { text } : {}), ...(media ? { media } : {}) });
  return { url, title, ...(text ? { text } : {}), ...(ref ? { ref } : {}), links };
}

/**
 * What the fallback menu needs from its element: strings and the two actions.
 *
 * @example
 * const host: ShareMenuHost = { t: (key) => key, copy: async () => {}, onLink: () => {} };
 */
export interface ShareMenuHost {
  t(key: 'shareCopy' | 'shareDiscordNote' | 'shareEmail' | 'shareNewTab' | 'shareTo'): string;
  copy(method: 'copy' | 'discord'): Promise<void>;
  onLink(method: ShareTarget): void;
}

function renderTarget(host: ShareMenuHost, id: ShareTarget, label: string, links: ShareLinks) {
  if (id === 'copy' || id === 'discord') {
    return html`<li>
      <button class="target" part="target" data-target=${id} @click=${() => host.copy(id)}>
        <span>${id === 'copy' ? host.t('shareCopy') : label}</span>
        ${id === 'discord' ? html`<span class="note muted">${host.t('shareDiscordNote')}</span>` : nothing}
      </button>
    </li>`;
  }
  const href = links[id];
  const email = id === 'email';
  return html`<li>
    <a
      class="target"
      part="target"
      data-target=${id}
      href=${href}
      target=${email ? nothing : '_blank'}
      rel="noopener noreferrer"
      @click=${() => host.onLink(id)}
      >${email ? host.t('shareEmail') : label}${email ? nothing : html`<span class="vh"> ${host.t('shareNewTab')}</span>`}</a
    >
  </li>`;
}

/**
 * The fallback menu's list: every target in display order.
 *
 * @example
 * html`<div class="menu">${renderShareTargets(host, prepareShare(input).links)}</div>`;
 */
export function renderShareTargets(host: ShareMenuHost, links: ShareLinks) {
  return html`<ul aria-label=${host.t('shareTo')}>
    ${SHARE_TARGETS.map(({ id, label }) => renderTarget(host, id, label, links))}
  </ul>`;
}
