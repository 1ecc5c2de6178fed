import { expect } from '@open-wc/testing';
import { captureWarnings } from '../test-utils/wait.js';
import { allowedUrl, safeUrl } from './safe-url.js';

// What the WHATWG URL parser reads as another scheme: it drops tabs and newlines anywhere, and
// control characters and spaces around the URL, and scheme names are case-insensitive.
const HOSTILE = [
  'javascript:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javas\ncript:alert(1)',
  'javas\rcript:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'blob:https://blog.example/5f0c6b1e-3b7a-4d0e-9c7a-1d2e3f4a5b6c',
  'file:///etc/passwd',
];

describe('safeUrl', () => {
  it('refuses every scheme but http(s) for a link, however the browser would read it', () => {
    for (const value of HOSTILE) expect(safeUrl(value), JSON.stringify(value)).to.equal(null);
  });

  it('keeps an entity-encoded scheme as text: a relative URL on this page, never a script', () => {
    const url = new URL(safeUrl('&#106;avascript:alert(1)')!);
    expect(url.origin).to.equal(location.origin);
    expect(url.protocol).to.equal(location.protocol);
  });

  it('resolves http(s) and relative URLs against the page', () => {
    expect(safeUrl('https://ana.example/')).to.equal('https://ana.example/');
    expect(safeUrl('HTTP://ANA.EXAMPLE/x')).to.equal('http://ana.example/x');
    expect(safeUrl('  /creators/ana ')).to.equal(new URL('/creators/ana', document.baseURI).href);
    expect(safeUrl('')).to.equal(null);
    expect(safeUrl(undefined)).to.equal(null);
  });

  it('allows mailto: only for email links and blob: only for media', () => {
    expect(safeUrl('mailto:ana@example.com')).to.equal(null);
    expect(safeUrl('mailto:ana@example.com', { kind: 'email-link' })).to.equal('mailto:ana@example.com');
    const blob = URL.createObjectURL(new Blob(['x']));
    expect(safeUrl(blob, { kind: 'media' })).to.equal(blob);
    expect(safeUrl(blob)).to.equal(null);
    for (const value of HOSTILE.filter((v) => !v.startsWith('blob:')))
      expect(allowedUrl(value, 'media'), JSON.stringify(value)).to.equal(null);
  });

  it('warns naming the field when it leaves a URL out', async () => {
    const warnings = await captureWarnings(() => safeUrl('java\tscript:alert(1)', { field: 'creator.url' }));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('creator.url');
  });
});
