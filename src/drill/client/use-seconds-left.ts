// The countdown of a line in an auto-paced drill, for the participant and trainer screens: the host
// says how long was left when it sent the line, and the screen counts down from there itself.
import { useEffect, useState } from 'react';

export function useSecondsLeft(msLeft: number | undefined, lineAt: number | undefined): number | undefined {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const i = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(i);
  }, []);
  return msLeft !== undefined && lineAt ? Math.max(0, Math.ceil((msLeft - (now - lineAt)) / 1000)) : undefined;
}
