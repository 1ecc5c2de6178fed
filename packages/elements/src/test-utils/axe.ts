// axe-core ships as UMD: loaded as a script it sets `window.axe`.
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/**
 * Runs axe on an element (its shadow DOM included) and fails with a readable list when any
 * `serious` or `critical` violation is found.
 *
 * @example
 * await expectAccessible(el);
 */
export async function expectAccessible(el: Element): Promise<void> {
  const results = await window.axe.run(el, { resultTypes: ['violations'] });
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) {
    const lines = bad.map(
      (v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
    );
    throw new Error(`axe found ${bad.length} serious/critical violation(s):\n${lines.join('\n')}`);
  }
}
