// A TextStyle in terminal colours. Kept apart from text.ts so that reports written to a file or a
// pipe never load chalk.
import chalk from 'chalk';
import type { TextStyle } from './text';

export function chalkStyle(): TextStyle {
  return { bold: chalk.bold, dim: chalk.dim, good: chalk.green, bad: chalk.red, warn: chalk.yellow };
}
