// Provided by vite.single.config.ts: the data files, inlined at build time.
declare module 'virtual:atlas-inline-files' {
  const files: Record<string, import('./inlineFetch').InlineFile>;
  export default files;
}
