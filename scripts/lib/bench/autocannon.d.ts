// autocannon ships no types. A shorthand declaration (untyped, `any`) rather than a full one:
// other scripts use other parts of its API; scripts/lib/bench/load.mjs types the parts it uses.
declare module 'autocannon'
