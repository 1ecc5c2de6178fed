// A Rollup plugin for the production builds (packages/embed/rollup.config.mjs, scripts/rollup-config.mjs).
/**
 * Production only: minifies the static text of Lit's `css` and `html`/`svg` templates, which
 * Terser leaves as they are. CSS loses comments and the spaces around punctuation; markup keeps
 * one space wherever it had a line break (HTML collapses white space anyway; no template holds
 * `<pre>` or `<textarea>`). Expressions stay as they are; templates nested in them are minified too.
 */
export function minifyTemplates() {
  const css = (text, first = false, last = false) =>
    text
      .replaceAll(/\/\*[\s\S]*?\*\//g, '')
      .replace(first ? /^\s+/ : /^/, '')
      .replace(last ? /\s+$/ : /$/, '')
      .replaceAll(/\s+/g, ' ')
      .replaceAll(/\s*([{};,])\s*/g, '$1')
      .replaceAll(/:\s+/g, ':')
      .replaceAll(';}', '}');
  const markup = (text) => text.replaceAll(/\s*\n\s*/g, ' ');
  /** Index of the backtick closing the template that starts at `start` (just after its opening). */
  const templateEnd = (code, start) => {
    for (let i = start; i < code.length; i++) {
      const c = code[i];
      if (c === '\\') i++;
      else if (c === '`') return i;
      else if (c === '$' && code[i + 1] === '{') i = expressionEnd(code, i + 2);
    }
    throw new Error('unterminated template literal');
  };
  const expressionEnd = (code, start) => {
    let depth = 0;
    for (let i = start; i < code.length; i++) {
      const c = code[i];
      if (c === '`') i = templateEnd(code, i + 1);
      else if (c === '"' || c === "'") {
        for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
      } else if (c === '/' && code[i + 1] === '/') i = code.indexOf('\n', i) >>> 0;
      else if (c === '/' && code[i + 1] === '*') i = code.indexOf('*/', i) >>> 0;
      else if (c === '{') depth++;
      else if (c === '}') {
        if (depth === 0) return i;
        depth--;
      }
    }
    throw new Error('unterminated template expression');
  };
  /** `code` with every tagged template's static text minified, nested templates included. */
  const minifyCode = (code) => {
    let out = '';
    let last = 0;
    const tag = /\b(css|html|svg)\s*`/g;
    for (let match = tag.exec(code); match; match = tag.exec(code)) {
      const open = match.index + match[0].length;
      const end = templateEnd(code, open);
      const minify = match[1] === 'css' ? css : markup;
      let text = '';
      let at = open;
      for (let i = open; i < end; i++) {
        if (code[i] === '\\') i++;
        else if (code[i] === '$' && code[i + 1] === '{') {
          const close = expressionEnd(code, i + 2);
          text += `${minify(code.slice(at, i), at === open)}\${${minifyCode(code.slice(i + 2, close))}}`;
          at = close + 1;
          i = close;
        }
      }
      text += minify(code.slice(at, end), at === open, true);
      out += code.slice(last, open) + text;
      last = end;
      tag.lastIndex = end;
    }
    return out + code.slice(last);
  };
  return {
    name: 'shoplet-minify-templates',
    transform(code, id) {
      if (!/\/packages\/[a-z-]+\/src\//.test(id) || !/\b(css|html|svg)\s*`/.test(code)) return null;
      return { code: minifyCode(code), map: null };
    },
  };
}
