// The join QR code in the trainer console (drawn by ink-testing-library against a real host): it is
// shown on j, reads back (jsqr) as the join link with the code, and j hides it again;
// p on a machine with no desktop shows where the projector page is.
import jsQR from 'jsqr';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { TrainerConsole } from '../../src/drill/console/TrainerConsole';
import { testHost, type TestHost } from './helpers';

let host: TestHost | undefined;
afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const QR_ROW = /^[ ▀▄█]{20,}$/;
const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

/** The QR rows of a frame as pixels (each character is two modules, each module 4×4 px), read by jsqr. */
function readQr(frame: string): string | undefined {
  const rows = strip(frame).split('\n').filter((r) => QR_ROW.test(r));
  if (!rows.length) return undefined;
  const scale = 4;
  const w = rows[0]!.length * scale;
  const h = rows.length * 2 * scale;
  const px = new Uint8ClampedArray(w * h * 4).fill(255);
  rows.forEach((row, y) => [...row].forEach((ch, x) => {
    const dark = [ch === '█' || ch === '▀', ch === '█' || ch === '▄'];
    dark.forEach((d, half) => {
      if (!d) return;
      for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) {
        const i = (((y * 2 + half) * scale + dy) * w + x * scale + dx) * 4;
        px[i] = px[i + 1] = px[i + 2] = 0;
      }
    });
  }));
  return jsQR(px, w, h)?.data;
}

const waitFor = async (frames: () => string[], ok: (f: string) => boolean, ms = 5000) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const last = frames().at(-1);
    if (last !== undefined && ok(last)) return last;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no frame as expected:\n${frames().at(-1)}`);
};

describe('join QR code in the trainer console', () => {
  it('shows the join link as a QR code, hides it on j, and tells where the projector page is on p', async () => {
    host = await testHost();
    const joinUrl = `http://${host.address}`;
    const saved = { DISPLAY: process.env.DISPLAY, WAYLAND_DISPLAY: process.env.WAYLAND_DISPLAY };
    delete process.env.DISPLAY;
    delete process.env.WAYLAND_DISPLAY;
    const trainer = render(<TrainerConsole url={joinUrl} joinUrl={joinUrl} code={host.host.code} drillId={host.host.drillId} secret={host.secret} lang="en" />);
    try {
      // Shown until the first line arrives; from then on j shows and hides it. Wait for the line first:
      // a j pressed just before it came toggled the code the line was about to hide back on.
      await waitFor(() => trainer.frames, (f) => f.includes('in this line') && readQr(f) === undefined);
      trainer.stdin.write('j');
      const frame = await waitFor(() => trainer.frames, (f) => readQr(f) !== undefined);
      expect(readQr(frame)).toBe(`${joinUrl}/?code=${host.host.code}`);
      trainer.stdin.write('j');
      await waitFor(() => trainer.frames, (f) => !strip(f).split('\n').some((r) => QR_ROW.test(r)));
      trainer.stdin.write('p');
      const note = await waitFor(() => trainer.frames, (f) => f.includes('projector page'));
      expect(strip(note).replace(/\n/g, '')).toContain(`${joinUrl}/screen?key=${host.secret}`);
    } finally {
      trainer.unmount();
      Object.assign(process.env, Object.fromEntries(Object.entries(saved).filter(([, v]) => v !== undefined)));
    }
  });
});
