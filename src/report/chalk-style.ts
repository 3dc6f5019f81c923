// A TextStyle in terminal colours. Kept apart from text.ts so that reports written to a file or a
// pipe never load chalk.
import chalk from 'chalk';
import { plainStyle, type TextStyle } from './text';

/** Colours, unless NO_COLOR is set (chalk itself only reads --no-color and FORCE_COLOR). */
export function chalkStyle(): TextStyle {
  if (process.env.NO_COLOR) return plainStyle;
  return { bold: chalk.bold, dim: chalk.dim, good: chalk.green, bad: chalk.red, warn: chalk.yellow };
}
