import type { ReactNode } from 'react';
import { Text, Transform, type TextProps } from 'ink';

// Ink keeps the space a line was broken at as the first character of the next row; drop it so
// wrapped text lines up on the left.
const trimContinuation = (line: string, index: number) => (index > 0 ? line.replace(/^ /, '') : line);

/** Wrapped text whose continuation rows start flush left. */
export function Para({ children, ...props }: TextProps & { children: ReactNode }) {
  return (
    <Transform transform={trimContinuation}>
      <Text {...props}>{children}</Text>
    </Transform>
  );
}
