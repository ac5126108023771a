// The explorer runs entirely in the browser (it measures the window and reads localStorage); prerendering
// emits the static shell that adapter-static deploys.
export const prerender = true;
export const ssr = false;
