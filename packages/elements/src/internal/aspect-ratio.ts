/**
 * Reads an aspect ratio written as `W/H`, `W / H` or one number (`1.5`) into width ÷ height, or
 * `null` when it is anything else or not positive and finite. The number, never the text, goes
 * into a style, so an attribute cannot carry other CSS (`9/16;position:fixed`).
 *
 * @example
 * parseAspectRatio('9 / 16'); // 0.5625
 * parseAspectRatio('9/16;position:fixed'); // null
 */
export function parseAspectRatio(value: string | null | undefined): number | null {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(?:\/\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(value ?? '');
  if (!match) return null;
  const ratio = Number(match[1]) / Number(match[2] ?? 1);
  return Number.isFinite(ratio) && ratio > 0 ? ratio : null;
}
