import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../../src/scenario/json-schema';
import { cli, ROOT } from '../helpers';

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('scamdrill CLI', () => {
  it('--version prints the package version', () => {
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it.each([[[]], [['list']], [['validate']], [['graph']], [['play']], [['history']], [['report']], [['drill', 'host']]])('--help works for %j', (args) => {
    const r = cli([...args, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: scamdrill/);
  });

  it('list shows the scenarios, and as JSON with both languages', () => {
    const r = cli(['list', '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; languages: string[]; title: { en: string; zh: string } }[];
    expect(rows.map((x) => x.id)).toEqual(expect.arrayContaining([
      'bank-loan-sms', 'bank-system-upgrade', 'boss-impersonation', 'credit-repair', 'epidemic-contact', 'etc-toll-card', 'express-refund',
      'fake-medicine', 'fake-shopping', 'game-trade', 'info-leak-agency', 'medical-insurance', 'order-brushing', 'police-safe-account',
      'romance-investment', 'securities-tips', 'subsidy-atm',
    ]));
    for (const row of rows) {
      expect(row.languages).toEqual(['en', 'zh']);
      expect(row.title.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('list --tag filters by tag or channel', () => {
    const sms = JSON.parse(cli(['list', '--tag', 'sms', '--json']).stdout) as { channel: string; tags: string[] }[];
    expect(sms.length).toBeGreaterThan(0);
    expect(sms.every((s) => s.channel === 'sms' || s.tags.includes('sms'))).toBe(true);
    expect(cli(['list', '--tag', 'no-such-tag']).stdout).toBe('no scenario has the tag "no-such-tag"\n');
  });

  it('graph prints a Mermaid state diagram with every turn and ending, or dot', () => {
    const r = cli(['graph', 'express-refund']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^stateDiagram-v2\n {2}\[\*\] --> /);
    expect(r.stdout).toMatch(/--> hung-up: hangup/);
    const dot = cli(['graph', 'etc-toll-card', '--format', 'dot', '--lang', 'zh']);
    expect(dot.stdout).toMatch(/^digraph "etc-toll-card" \{/);
    expect(dot.stdout).toMatch(/[\u4e00-\u9fff]/);
    expect(dot.stdout.trim().endsWith('}')).toBe(true);
  });

  it('an unknown scenario is a clear error with exit 1 that lists the known ones', () => {
    const r = cli(['graph', 'no-such-scam']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^scamdrill: unknown scenario "no-such-scam"; known scenarios: .*express-refund/);
    noStack(r.stderr);
  });

  it('a bad option or value is a usage error, exit 2', () => {
    expect(cli(['list', '--bogus']).code).toBe(2);
    const r = cli(['graph', 'express-refund', '--format', 'png']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are mermaid, dot/);
  });

  it('practice without a terminal says how to run without a keyboard instead of crashing', () => {
    const r = cli(['practice', 'express-refund']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/scamdrill play express-refund --answers/);
    noStack(r.stderr);
  });

  it('the published JSON Schemas match the zod schema', () => {
    for (const [name, schema] of Object.entries(schemaFiles())) {
      const committed = JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8'));
      expect(committed, `${name} is stale: run npm run schema`).toEqual(schema);
    }
  });
});

describe('scamdrill in a pipeline', () => {
  it('stops quietly when the reader closes early (list | head -1)', () => {
    const r = spawnSync('bash', ['-c', `node ${join(ROOT, 'dist', 'cli.js')} list | head -1; echo "status \${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout.split('\n')[1]).toBe('status 0');
    expect(r.stderr).toBe('');
  });
});
