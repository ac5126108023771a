/**
 * The code the Embed dialog hands out: an iframe of a chosen size that fits the graph to its frame (the
 * explorer's camera only when asked for), and a reveal.js slide with the script that ties the frame to the
 * deck: slides choose steps, keys pressed in the frame go back to the deck.
 */
export const FRAME_SIZES = {
  '16:9': { width: 960, height: 540 },
  '4:3': { width: 800, height: 600 }
} as const;
export type FrameSize = keyof typeof FRAME_SIZES | 'custom';

const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export function iframeCode(src: string, width: number, height: number, title: string, srcAttribute = 'src'): string {
  return `<iframe ${srcAttribute}="${attribute(src)}" width="${width}" height="${height}" style="border:0;max-width:100%;aspect-ratio:${width}/${height};height:auto" title="${attribute(title)}" loading="lazy"></iframe>`;
}

/** A reveal.js section holding the frame (lazy-loaded through `data-src`) and the script that wires it. */
export function revealCode(src: string, width: number, height: number, title: string): string {
  return `<section>
  ${iframeCode(src, width, height, title, 'data-src')}
</section>
<script>
  // Each slide shows the tour step of the same number; keys pressed in the graph drive the deck.
  const graphFrame = document.querySelector('iframe[data-src*="/embed"]');
  Reveal.on('slidechanged', (event) => graphFrame.contentWindow?.postMessage({ type: 'show-step', step: event.indexh + 1 }, '*'));
  window.addEventListener('message', (event) => {
    if (event.source !== graphFrame.contentWindow || event.data?.type !== 'key') return;
    const key = event.data.key;
    if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(key)) Reveal.next();
    else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(key)) Reveal.prev();
    else if (key === 'Home') Reveal.slide(0);
    else if (key === 'End') Reveal.slide(Reveal.getTotalSlides() - 1);
    else if (['b', 'B', '.'].includes(key)) Reveal.togglePause();
  });
</script>`;
}
