// Opening a page in this machine's browser (the projector page), where there is one to open.
import { spawn } from 'node:child_process';
import type { Lang } from '../core/schema';
import { t } from '../words/labels';
import { screenLink } from './public-url';

/** The command that opens a URL here, or undefined on a machine with no screen (a server, SSH). */
function opener(): [string, string[]] | undefined {
  if (process.platform === 'darwin') return ['open', []];
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""']];
  return process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? ['xdg-open', []] : undefined;
}

/** Ask the desktop to open `url`; false when there is no desktop (the caller prints the URL instead). */
export function openInBrowser(url: string): boolean {
  const how = opener();
  if (!how) return false;
  try {
    const child = spawn(how[0], [...how[1], url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}

/** Open the projector page for the trainer: one line to show, that it opened or where it is. */
export function openScreen(base: string, secret: string, lang: Lang): string {
  const url = screenLink(base, secret);
  return openInBrowser(url) ? t('screenOpened', lang) : t('screenAt', lang, { url });
}
