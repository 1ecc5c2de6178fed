// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the inputs are JavaScript source text holding templates
import { describe, expect, it } from 'vitest';
import { minifyTemplates } from './minify-templates.mjs';

const run = (code) => minifyTemplates().transform(code, '/repo/packages/elements/src/x.js')?.code ?? code;

describe('minifyTemplates (production bundle)', () => {
  it('drops comments and spaces around CSS punctuation, keeping descendant selectors apart', () => {
    const out = run(
      'const s = css`\n  /* card */\n  .a :focus-visible,\n  .b > .c {\n    margin: 0 auto;\n    font-family: a, b;\n  }\n`;',
    );
    expect(out).toBe('const s = css`.a :focus-visible,.b > .c{margin:0 auto;font-family:a,b}`;');
  });

  it('keeps the space between a CSS value and an expression', () => {
    expect(run('css`\n  .a {\n    margin: 0 ${gap} 1px;\n  }\n`')).toBe('css`.a{margin:0 ${gap} 1px}`');
  });

  it('keeps one space where markup had a line break, so inline words stay apart', () => {
    const out = run('html`<p>\n    <span>Now</span>\n    <s>Was</s>\n  </p>`');
    expect(out).toBe('html`<p> <span>Now</span> <s>Was</s> </p>`');
  });

  it('minifies templates nested in expressions and leaves the expressions themselves alone', () => {
    const code =
      "html`<ul>\n  ${items.map((i) => html`<li>\n    ${i.name}  ${'a  b'}</li>`)}\n</ul>`; const css2 = css`.x {\n color: ${c};\n}`;";
    expect(run(code)).toBe(
      "html`<ul> ${items.map((i) => html`<li> ${i.name}  ${'a  b'}</li>`)} </ul>`; const css2 = css`.x{color:${c}}`;",
    );
  });

  it('reads past comments and quotes inside expressions (an apostrophe in a comment once hung the build)', () => {
    const code = "html`<b>\n ${ /* the shopper's cart */ x // it's fine\n }</b>` + html`<i>\n</i>`";
    expect(run(code)).toBe("html`<b> ${ /* the shopper's cart */ x // it's fine\n }</b>` + html`<i> </i>`");
  });

  it('reads a tag written apart from its template, as TypeScript compiles it', () => {
    expect(run('const s = css `\n  :host {\n    display: block;\n  }\n`;')).toBe(
      'const s = css `:host{display:block}`;',
    );
  });

  it('touches only the packages’ own sources', () => {
    expect(minifyTemplates().transform('css`a {  }`', '/repo/node_modules/lit/x.js')).toBeNull();
  });
});
