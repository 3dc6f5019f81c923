// Loading a full-screen front end (Ink, React and Yoga). Yoga, Ink's layout engine, loads its
// WebAssembly with fetch() from a data: URL whenever fetch exists, and the first touch of fetch
// makes Node load its whole HTTP client (undici) first: tens of milliseconds of the first frame,
// for bytes already in memory. With fetch out of sight while the front end loads, Yoga decodes
// the same bytes itself. Nothing else runs meanwhile; fetch is back as it was afterwards.
export async function loadFrontEnd<T>(load: () => Promise<T>): Promise<T> {
  const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (fetch?.configurable) delete (globalThis as { fetch?: unknown }).fetch;
  try {
    return await load();
  } finally {
    if (fetch?.configurable) Object.defineProperty(globalThis, 'fetch', fetch);
  }
}
