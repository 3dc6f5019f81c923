// QR codes for the join link: the `qrcode` package encodes, this file only draws its modules, as an
// SVG for the projector page and as half-block characters for the trainer console.
import QRCode from 'qrcode';

/** Light modules around the code: the standard asks for 4; 2 is enough on a terminal's own colour. */
const SVG_MARGIN = 4;
const TEXT_MARGIN = 2;

function modules(text: string): { size: number; dark: (x: number, y: number) => boolean } {
  const m = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  return { size: m.size, dark: (x, y) => x >= 0 && y >= 0 && x < m.size && y < m.size && !!m.get(y, x) };
}

/** An SVG that scales to its box: one path of unit squares, dark on white, crisp edges. */
export function qrSvg(text: string, label: string): string {
  const { size, dark } = modules(text);
  const full = size + 2 * SVG_MARGIN;
  let d = '';
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (dark(x, y)) d += `M${x + SVG_MARGIN} ${y + SVG_MARGIN}h1v1h-1z`;
  const aria = label.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges" role="img" aria-label="${aria}"><rect width="${full}" height="${full}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}

/**
 * Rows of characters, two modules per character cell ('▀' top, '▄' bottom, '█' both): a dark
 * module is a character drawn in the foreground colour, so draw them black on white.
 */
export function qrRows(text: string): string[] {
  const { size, dark } = modules(text);
  const rows: string[] = [];
  for (let y = -TEXT_MARGIN; y < size + TEXT_MARGIN; y += 2) {
    let row = '';
    for (let x = -TEXT_MARGIN; x < size + TEXT_MARGIN; x++) {
      const top = dark(x, y);
      const bottom = dark(x, y + 1);
      row += top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ';
    }
    rows.push(row);
  }
  return rows;
}
