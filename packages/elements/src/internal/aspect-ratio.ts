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

/**
 * Width ÷ height of an image from data, or `null` unless both are positive, finite numbers: only
 * a number goes into a style, whatever the backend sent.
 *
 * @example
 * imageRatio({ width: 640, height: 800 }); // 0.8
 * imageRatio({ width: '1;position:fixed' as unknown as number, height: 1 }); // null
 */
export function imageRatio(image: { width?: unknown; height?: unknown } | null | undefined): number | null {
  const width = image?.width;
  const height = image?.height;
  if (typeof width !== 'number' || typeof height !== 'number') return null;
  const ratio = width / height;
  return Number.isFinite(ratio) && ratio > 0 && width > 0 ? ratio : null;
}
