// Finding scenarios for a group of learners: `list --tag` by fraud type (the ten most common types
// in the Ministry of Public Security's list) and by audience. The practice picker's --tag is in
// test/e2e/practice-tag-tmux.test.ts.
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers';

type Row = { id: string; tags: string[] };
const rows = (...args: string[]) => JSON.parse(cli(['list', ...args, '--json']).stdout) as Row[];
const ids = (tag: string) => rows('--tag', tag).map((r) => r.id).sort();

describe('list --tag', () => {
  it('finds the scenarios of a fraud type', () => {
    expect(ids('order-brushing')).toEqual(['order-brushing']);
    expect(ids('investment')).toEqual(['romance-investment', 'securities-tips']);
  });

  it('finds the scenarios for an audience, and not the others', () => {
    const students = ids('students');
    expect(students).toEqual(expect.arrayContaining(['credit-repair', 'fake-shopping', 'game-trade', 'order-brushing']));
    expect(students).not.toContain('fake-medicine');
    expect(cli(['list', '--tag', 'students']).stdout).toMatch(/^order-brushing +chat .*\[order-brushing, students, job-seekers\]$/m);
  });

  it('every one of the ten most common fraud types, and every audience, has a scenario', () => {
    const tagged = new Set(rows().flatMap((r) => r.tags));
    const types = ['order-brushing', 'investment', 'fake-shopping', 'fake-customer-service', 'loan', 'credit-repair', 'impersonating-boss', 'impersonating-officials', 'romance', 'game-trade'];
    const audiences = ['students', 'job-seekers', 'older-people', 'small-business'];
    expect([...types, ...audiences].filter((t) => !tagged.has(t))).toEqual([]);
  });
});
