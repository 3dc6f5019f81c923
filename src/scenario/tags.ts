// Which scenarios a tag picks, for `list --tag` and the practice picker: one of the scenario's own
// tags (its fraud type, its audience: see docs/authoring.md), its channel, or "difficulty-2".
import type { Scenario } from '../core/schema';

export const hasTag = (s: Scenario, tag: string): boolean => s.tags.includes(tag) || s.channel === tag || `difficulty-${s.difficulty}` === tag;
