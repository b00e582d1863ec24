import { describe, expect, it } from 'vitest';
import { MAX_TRANSFER_BYTES as pickerCap } from '~/domain/workshop/transfer-limit';
import { MAX_TRANSFER_BYTES, checkTransferText } from '~/domain/workshop/transfer-text';
import { MAX_IMPORT_BYTES } from '~/domain/assessment/export-file';

describe('the file pickers’ transfer cap', () => {
  it('is the cap the readers enforce, as for assessments', () => {
    expect(pickerCap).toBe(MAX_TRANSFER_BYTES);
    expect(pickerCap).toBe(MAX_IMPORT_BYTES);
  });

  it('lets a text of exactly the cap through the size check and refuses one byte more', () => {
    expect(checkTransferText('a'.repeat(pickerCap))).toBeNull();
    expect(checkTransferText('a'.repeat(pickerCap + 1))).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });
});
