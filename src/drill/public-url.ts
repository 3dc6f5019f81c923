// The address participants reach the host at, and the join link with the code filled in. One rule
// for the trainer console, the projector page's QR code and `drill host --headless`.
import { networkInterfaces } from 'node:os';

const WILDCARDS = new Set(['0.0.0.0', '::']);

/** A --public-url as given, checked: an http(s) address with no path, query or fragment. */
export function parsePublicUrl(s: string): string | undefined {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return undefined;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.search || u.hash || u.username) return undefined;
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

/**
 * Where the room reaches the host: the public URL when given (a reverse proxy, a DNS name), else,
 * for a host bound to every network, this machine's first non-internal IPv4 address (the room's
 * network, usually), else the address it listens on.
 */
export function reachableUrl(listening: string, bind: string, publicUrl?: string): string {
  if (publicUrl) return publicUrl;
  if (!WILDCARDS.has(bind)) return listening;
  const lan = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
  return lan ? listening.replace(/\/\/[^/]+:/, `//${lan.address}:`) : listening;
}

/** The web page with the code filled in: scanning it leaves only the name to type. */
export const joinLink = (base: string, code: string) => `${base}/?code=${code}`;

/** The projector page; the secret in the link is swapped for a cookie on the first visit (web/screen.ts). */
export const screenLink = (base: string, secret: string) => `${base}/screen?key=${secret}`;
