// How the conversation screen shares its rows between the transcript and the coach panel, as a
// pure function of heights. The scammer's latest line, and what followed it, always shows in full;
// the panel gets the rest: in full when it fits, else one row per flag, and in full again (scrolling
// if need be) when the person asks for it with Tab.
import type { PanelForm } from './components/FlagPanel';
import { CHOICE_LIST_MIN } from './components/ChoiceList';

export interface LayoutInput {
  /** Rows for the transcript and the panel together. */
  height: number;
  /** The transcript's rows, and how many of them, counted from the end, hold the latest line and what followed. */
  transcript: number;
  latest: number;
  /** The panel's rows in full and in its compact form (one per flag), without its rule; 0 when there is no panel. */
  panelFull: number;
  panelCompact: number;
  /** The person asked for the panel in full. */
  expanded: boolean;
}

export interface Layout {
  /** Rows each part gets; the panel's include its rule (0: no panel shown). */
  transcript: number;
  panel: number;
  form: PanelForm;
  /** What Tab would do: show the flags in full, or one row each again; nothing when all of them fit in full. */
  toggle?: 'more' | 'less';
}

export function layout(i: LayoutInput): Layout {
  if (!i.panelCompact) return { transcript: i.height, panel: 0, form: 'full' };
  // The latest line in full, under the marker row for any earlier rows hidden above it.
  const need = Math.min(i.height, i.latest + (i.transcript > i.latest ? 1 : 0));
  const room = i.height - need;
  if (i.panelFull + 1 <= room) return { transcript: i.height - i.panelFull - 1, panel: i.panelFull + 1, form: 'full' };
  const form: PanelForm = i.expanded ? 'full' : 'compact';
  const want = Math.min(room, (form === 'full' ? i.panelFull : i.panelCompact) + 1);
  // A rule and at least one row, or nothing: the Tab hint still says the flags are there.
  const panel = want >= 2 ? want : 0;
  return { transcript: i.height - panel, panel, form, toggle: i.expanded ? 'less' : 'more' };
}

/**
 * Rows for the numbered answers (`want` in full) on a screen of `height` rows where `others` go to
 * the title, hints and the like: they give way before the scammer's latest line does (it and the
 * marker above it need `latest` + 1 of the transcript's rows), down to CHOICE_LIST_MIN.
 */
export function choiceRoom(want: number, height: number, others: number, transcript: number, latest: number): number {
  const line = Math.min(transcript, latest + (transcript > latest ? 1 : 0));
  return Math.min(want, Math.max(CHOICE_LIST_MIN, height - others - line));
}
