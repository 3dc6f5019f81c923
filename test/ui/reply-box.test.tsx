import chalk from 'chalk';
import { afterEach, describe, expect, it } from 'vitest';
import { ReplyBox } from '../../src/ink/components/ReplyBox';
import { renderAt } from './render';

const level = chalk.level;
afterEach(() => {
  chalk.level = level;
});

describe('the reply box cursor', () => {
  it('is still visible without colour (inverse video is dropped with NO_COLOR)', async () => {
    chalk.level = 0;
    const screen = await renderAt(<ReplyBox value="hello" lang="en" columns={80} active />);
    expect(screen.frame()).toContain('› hello▏');
    screen.unmount();
  });

  it('is an inverse block when colour is on, and absent when the box is not active', async () => {
    chalk.level = 1;
    const on = await renderAt(<ReplyBox value="hi" lang="en" columns={80} active />);
    expect(on.frame()).toContain('\u001b[7m \u001b[27m');
    on.unmount();
    const off = await renderAt(<ReplyBox value="hi" lang="en" columns={80} active={false} />);
    expect(off.frame()).not.toMatch(/▏|\u001b\[7m/);
    off.unmount();
  });
});
