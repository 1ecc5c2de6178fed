/**
 * Waits until `check` returns a truthy value (polling each animation frame), or fails with `what`.
 *
 * @example
 * const button = await until(() => el.shadowRoot!.querySelector('button'), 'the button');
 */
export async function until<T>(
  check: () => T | null | undefined | false,
  what = 'condition',
  frames = 300,
): Promise<T> {
  for (let i = 0; i < frames; i++) {
    const value = check();
    if (value) return value;
    await new Promise((r) => requestAnimationFrame(r));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/**
 * Collects `console.warn` calls while `fn` runs.
 *
 * @example
 * const warnings = await captureWarnings(async () => { await fixture(html`<shoplet-product></shoplet-product>`); });
 */
export async function captureWarnings(fn: () => Promise<unknown> | unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/**
 * Collects `console.error` calls from now until `stop()`, for errors logged while elements react
 * to a failure (not only while one function runs).
 *
 * @example
 * const errors = captureErrors();
 * // … make something fail …
 * expect(errors.stop()).to.have.length(1);
 */
export function captureErrors(): { readonly lines: string[]; stop(): string[] } {
  const lines: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return {
    lines,
    stop() {
      console.error = original;
      return lines;
    },
  };
}
