// The reader's committed weights: issue 12 allows at most 5 MB, and the package ships them.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { MODEL_FILE } from '../../src/classify/model/read';

it('the trained weights stay within the 5 MB the package may carry', () => {
  const bytes = statSync(join(import.meta.dirname, '..', '..', MODEL_FILE)).size;
  expect(bytes).toBeGreaterThan(100_000);
  expect(bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
});
