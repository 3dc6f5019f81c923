// The join link as a QR code in the trainer console: half-block characters (drill/qr.ts) drawn black
// on white, so it scans on a dark terminal as on a light one.
import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { qrRows } from '../qr';

export function JoinQr({ link }: { link: string }) {
  const rows = useMemo(() => qrRows(link), [link]);
  return (
    <Box flexDirection="column" marginTop={1}>
      {rows.map((row, i) => <Text key={i} color="black" backgroundColor="white">{row}</Text>)}
    </Box>
  );
}
