// A window onto more rows than there is room for: which rows show, and how many stay hidden above
// and below. A hidden part takes a row of its own for its marker ("… 3 more lines ↑"), so no text is
// ever cut without a sign that more is there.

export interface View {
  /** The first row shown, and one past the last. */
  start: number;
  end: number;
  /** Rows hidden above and below the window; each is shown as a marker row when not 0. */
  above: number;
  below: number;
}

/** The largest useful `top`: the last rows, under the marker for those above. */
export const maxTop = (total: number, height: number): number => (total <= height ? 0 : total - height + 1);

/** The rows of `total` that show in `height` rows when scrolled `top` rows down (clamped to what can scroll). */
export function viewAt(total: number, height: number, top: number): View {
  if (total <= height) return { start: 0, end: total, above: 0, below: 0 };
  // No room for a row and a marker: the marker alone says something is there.
  if (height < 2) return { start: 0, end: 0, above: 0, below: total };
  const start = Math.min(Math.max(0, Math.round(top)), maxTop(total, height));
  const room = height - (start > 0 ? 1 : 0);
  const end = start + room >= total ? total : start + room - 1;
  return { start, end, above: start, below: total - end };
}

/** The same view counted from the bottom: `up` rows above the end (0 follows the end). */
export const viewFromBottom = (total: number, height: number, up: number): View => viewAt(total, height, maxTop(total, height) - Math.max(0, up));

/** The least `top` that brings rows [from, to) into view; when they are taller than the room, the one that starts at them. */
export function topShowing(total: number, height: number, from: number, to: number): number {
  const most = maxTop(total, height);
  for (let top = 0; top < most; top++) if (top >= from || viewAt(total, height, top).end >= to) return top;
  return most;
}
