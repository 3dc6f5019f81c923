// opencc-js publishes its dictionaries as modules ("opencc-js/dict/TSCharacters") with no types of their own: each is one string,
// "from to|from to|…".
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
