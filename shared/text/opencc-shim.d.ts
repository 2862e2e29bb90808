// opencc-js ships no types for its per-locale dictionary modules (stack-notes §7).
declare module 'opencc-js/from/*' {
  const groups: readonly import('opencc-js/core').DictGroup[];
  export default groups;
}
declare module 'opencc-js/to/*' {
  const groups: readonly import('opencc-js/core').DictGroup[];
  export default groups;
}
