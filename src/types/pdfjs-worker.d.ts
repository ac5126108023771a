// pdf.js's worker module ships without types; the build worker only hands it to pdf.js (see build-worker.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
