import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/html.js';

describe('htmlToText', () => {
  it.each([
    ['<p>Soft linen.</p><p>Cool &amp; light.</p>', 'Soft linen.\n\nCool & light.'],
    ['One<br>two<br/>three<br />four<br class="x">five', 'One\ntwo\nthree\nfour\nfive'],
    ['<ul><li>One</li><li>Two</li></ul><p>After</p>', 'One\n\nTwo\n\nAfter'],
    ['<h2>Care</h2><div>Wash at 30&deg;</div>', 'Care\n\nWash at 30&deg;'],
    ['<blockquote>Quote</blockquote>tail', 'Quote\n\ntail'],
    ['<P>Upper</P><BR>case', 'Upper\n\ncase'],
    ['<p>A <strong>bold</strong> <a href="https://x.test/?a=1&amp;b=2">link</a>.</p>', 'A bold link.'],
    ['<p>trailing   </p>\t<p>spaces</p>', 'trailing\n\n\tspaces'],
    ['it&#39;s &#x27;quoted&#X27; &quot;here&quot; &lt;3 &gt; &apos;&nbsp;&AMP;', "it's 'quoted' \"here\" <3 > ' &"],
    ['&unknown; & &#; &amp', '&unknown; & &#; &amp'],
    // What is not a Unicode scalar value becomes U+FFFD, as in HTML, instead of failing.
    ['A&#x110000;B&#0;C&#xD800;D&#99999999999999999999;E&#x1F600;', 'A\uFFFDB\uFFFDC\uFFFDD\uFFFDE\u{1F600}'],
    ['  <p></p>  ', ''],
    ['', ''],
  ])('%j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
