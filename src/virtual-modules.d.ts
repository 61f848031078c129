declare module 'virtual:claims-bundle' {
  const bundle: import('./engine/types').CompiledBundle;
  export default bundle;
}
declare module 'virtual:claims-info' {
  const info: import('./engine/types').ClaimsInfo;
  export default info;
}
declare module 'virtual:claims-prefilter' {
  const data: import('./engine/anchor-prefix').QuickAnchors;
  export default data;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
