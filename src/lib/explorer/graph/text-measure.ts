/**
 * Label widths for collision tests. Placement runs on every zoom frame, so widths are measured once per text
 * with the page's own font (canvas `measureText`) and cached; without a canvas (unit tests) an average glyph
 * width stands in.
 */
export type MeasureText = (text: string, fontSize: number, fontWeight?: number) => number;

/** Average glyph width as a share of the font size, for a sans-serif face (a little more when bold). */
export const estimateTextWidth: MeasureText = (text, fontSize, fontWeight = 400) => text.length * fontSize * (fontWeight >= 600 ? 0.6 : 0.56);

export function createTextMeasurer(fontFamily: string): MeasureText {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth;
  const cache = new Map<string, number>();
  return (text, fontSize, fontWeight = 400) => {
    const key = `${fontWeight}|${fontSize}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `${fontWeight} ${fontSize}px ${fontFamily}`;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
