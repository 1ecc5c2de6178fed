import { expect } from '@open-wc/testing';
import { sanitizeHtml } from './sanitize.js';

const payloads: [string, string][] = [
  ['script tag', '<p>ok</p><script>window.__xss = 1</script>'],
  ['img onerror', '<img src="x" onerror="window.__xss = 1">'],
  ['svg onload', '<svg onload="window.__xss = 1"><circle r="1"></circle></svg>'],
  ['javascript: href', '<a href="javascript:window.__xss = 1">click</a>'],
  ['javascript: href with entities and spaces', '<a href=" &#106;avascript:window.__xss=1">click</a>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>parent.__xss = 1</script>"></iframe>'],
  [
    'style expression',
    '<p style="width: expression(alert(1)); background: url(javascript:alert(1))">x</p><style>*{}</style>',
  ],
  ['data: URL in img', '<img src="data:image/svg+xml,<svg onload=alert(1)>">'],
  ['data: URL in link', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
  ['object/embed', '<object data="x.swf"></object><embed src="x.swf">'],
  [
    'form with formaction',
    '<form action="https://evil.example"><button formaction="javascript:alert(1)">go</button></form>',
  ],
  ['math/mXSS', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  [
    'base and meta refresh',
    '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  ],
];

describe('sanitizeHtml', () => {
  for (const [name, payload] of payloads) {
    it(`neutralizes ${name}`, async () => {
      const clean = sanitizeHtml(payload);
      const host = document.createElement('div');
      host.innerHTML = clean;
      document.body.append(host);
      await new Promise((r) => setTimeout(r, 20));
      host.remove();
      expect((window as { __xss?: number }).__xss, 'payload ran').to.equal(undefined);
      expect(clean).not.to.match(/<(script|style|iframe|object|embed|form|svg|math|base|meta)\b/i);
      expect(clean).not.to.match(/\son\w+=/i);
      expect(clean).not.to.match(/javascript:|data:/i);
      expect(clean).not.to.match(/style=|srcdoc|formaction/i);
    });
  }

  it('keeps formatting, lists, tables and safe links (opened in a new tab)', () => {
    const clean = sanitizeHtml(
      '<h3>Care</h3><p><strong>Wash</strong> <em>cold</em></p><ul><li>Linen</li></ul><table><tr><td>S</td></tr></table><a href="https://brand.example/care">More</a><a href="/size-guide">Sizes</a>',
    );
    const div = document.createElement('div');
    div.innerHTML = clean;
    expect(div.querySelector('h3')?.textContent).to.equal('Care');
    expect(div.querySelector('strong')?.textContent).to.equal('Wash');
    expect(div.querySelectorAll('li')).to.have.length(1);
    expect(div.querySelector('td')?.textContent).to.equal('S');
    const links = div.querySelectorAll('a');
    expect(links[0]?.getAttribute('href')).to.equal('https://brand.example/care');
    expect(links[0]?.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(links[0]?.getAttribute('target')).to.equal('_blank');
    expect(links[1]?.getAttribute('href')).to.equal('/size-guide');
  });

  it('drops description images from other sites with images: "same-origin", and all with "none"', () => {
    const html = `<p>Soft</p><img src="https://tracker.example/p.gif" alt="pixel"><img src="${location.origin}/media/mug.jpg" alt="mug"><img src="/media/shirt.jpg" alt="shirt">`;
    const altsOf = (clean: string) => {
      const div = document.createElement('div');
      div.innerHTML = clean;
      return [...div.querySelectorAll('img')].map((img) => img.alt);
    };
    expect(altsOf(sanitizeHtml(html))).to.deep.equal(['pixel', 'mug', 'shirt']);
    expect(altsOf(sanitizeHtml(html, { images: 'same-origin' }))).to.deep.equal(['mug', 'shirt']);
    expect(altsOf(sanitizeHtml(html, { images: 'none' }))).to.deep.equal([]);
    expect(sanitizeHtml(html, { images: 'none' })).to.contain('<p>Soft</p>');
    // The setting holds for one call only.
    expect(altsOf(sanitizeHtml(html))).to.have.length(3);
  });
});
