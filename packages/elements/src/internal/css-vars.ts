import { type AttributePart, noChange } from 'lit';
import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js';

class CssVarsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') {
      throw new Error('cssVars() belongs in a style attribute binding: style=${cssVars({ … })}');
    }
  }

  render(_vars: Record<string, string | undefined>): unknown {
    return noChange;
  }

  override update(part: AttributePart, [vars]: [Record<string, string | undefined>]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (vars[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(vars)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

/**
 * Sets CSS custom properties on an element through the CSSOM, on every render including the
 * first. Unlike Lit's `styleMap` (whose first render writes a `style="…"` attribute) this never
 * writes inline style attributes, which `style-src 'self'` blocks under a strict CSP.
 *
 * @example
 * html`<div class="media" style=${cssVars({ '--_ratio': ratio })}></div>`
 */
export const cssVars = directive(CssVarsDirective);
