// Writes the bench results into docs/performance.md between its own markers, leaving every
// other section (the video bench's, for one) as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = join(import.meta.dirname, '..', '..', 'docs', 'performance.md');
const START = '<!-- embed-bench:start -->';
const END = '<!-- embed-bench:end -->';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(1)}×` : '—');

/** The markdown section for one run of the bench. */
export function renderSection(results, meta) {
  const base = results.baseline;
  const shoplet = results.shoplet;
  const rows = Object.values(results).map((r) => {
    const delta = r.lighthouse !== null && base.lighthouse !== null ? r.lighthouse - base.lighthouse : null;
    return `| ${r.label} | ${kb(r.jsGzip)} | ${kb(r.jsGzipAfterScroll)} | ${r.scriptMs.toFixed(0)} ms | ${r.tbtMs.toFixed(0)} ms | ${r.cls.toFixed(3)} / ${r.clsAfterScroll.toFixed(3)} | ${r.requests} | ${r.lighthouse ?? 'n/a'} | ${delta === null ? 'n/a' : delta > 0 ? `+${delta}` : delta} |`;
  });
  const peers = ['buy-button', 'cloudinary'].filter((id) => results[id]);
  const ratios = peers.map(
    (id) =>
      `- ${results[id].label}: ${ratio(results[id].jsGzip, shoplet.jsGzip)} Shoplet's JavaScript before interaction, ` +
      `${ratio(results[id].jsGzipAfterScroll, shoplet.jsGzipAfterScroll)} after scrolling through the article.`,
  );
  return `${START}
## The script tag against peers (\`pnpm bench\`)

${meta.date}, ${meta.machine}. Headless Chromium, 4× CPU throttling, a fresh profile per run, a
412 × 823 viewport; medians of ${meta.runs} runs (Lighthouse: ${meta.lighthouseRuns} runs, default mobile
settings). The whole bench took ${meta.seconds} s.

| page | JS before interaction (gzip) | JS after scrolling through | script time | TBT | CLS (load / after scroll) | requests before any embed is in view | Lighthouse | Δ baseline |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Ratios (peer ÷ Shoplet):
${ratios.join('\n')}

How it is measured: every page is the same article; its first screen is the header, title, a hero
image and text, and the shoppable parts come below it. "JS" sums the transfer size of script
responses (served gzip-compressed); "script time" is Chromium's \`ScriptDuration\`; TBT sums the
part over 50 ms of every long task; CLS sums layout shifts without recent input. Shoplet talks to
the demo Vendure backend (proxied on the same origin), the Buy Button to a fake Storefront API,
Cloudinary's player to local media through its private-CDN option; other hosts fail at once.

Notes on the peers: the Buy Button page loads \`buybutton.min.js\` from npm and creates its
components with \`ShopifyBuy.UI.init(client)\`; its product and cart iframes are created, its
GraphQL requests are answered by \`scripts/bench/peers/shopify-storefront.mjs\`, and its Google
Fonts request fails offline. The Cloudinary page loads \`cld-video-player.min.js\` and its CSS; the
player and its shoppable panel render and play a local MP4 (poster and analytics requests to
other hosts fail offline, as they would be blocked on a locked-down network).
${END}`;
}

/** Replaces (or appends) the section in docs/performance.md. */
export function writeReport(results, meta) {
  const section = renderSection(results, meta);
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '# Performance\n';
  const pattern = new RegExp(`${START}[\\s\\S]*?${END}`);
  const next = pattern.test(current) ? current.replace(pattern, section) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(FILE, next);
}
