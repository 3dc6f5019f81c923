// GET /screen: the projector page, for the trainer only. The link with the secret (?key=) is
// visited once: the host answers with a cookie and sends the browser on to /screen, so the secret
// is not left in the address bar on the projector, and a reload still works. Without the secret:
// 403 and one line saying how to open it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { t } from '../words/labels';
import { screenPage, type ScreenSetup } from './web/screen';

export interface ScreenRoute extends ScreenSetup {
  /** The host's constant-time comparison with the trainer secret. */
  isSecret(s: string): boolean;
}

const COOKIE = 'scamdrill-screen';
const HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** The /screen handler; the page is built once, with the secret and the join QR code written in. */
export function screenRoute(o: ScreenRoute): (req: IncomingMessage, res: ServerResponse) => void {
  const page = screenPage(o);
  return (req, res) => {
    // Per port: two drills on one machine each keep their own.
    const name = `${COOKIE}-${req.socket.localPort ?? 0}`;
    const key = new URL(req.url ?? '/', 'http://x').searchParams.get('key');
    if (key !== null && o.isSecret(key)) {
      res.writeHead(303, { ...HEADERS, location: '/screen', 'set-cookie': `${name}=${encodeURIComponent(key)}; Path=/screen; HttpOnly; SameSite=Strict` });
      res.end();
      return;
    }
    const held = cookie(req, name);
    if (key === null && held !== undefined && o.isSecret(held)) {
      res.writeHead(200, {
        ...HEADERS,
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self' ws: wss:",
      });
      res.end(page);
      return;
    }
    res.writeHead(403, { ...HEADERS, 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><meta charset="utf-8"><title>403</title><p>${t('screenForbidden', o.lang).replace(/</g, '&lt;')}</p>\n`);
  };
}
