import { describe, expect, it } from 'vitest';
import { DEFAULT_PACKAGE as PIPELINE_DEFAULT } from '../pipeline/run-pipeline.js';
import { DEFAULT_PACKAGE } from './command-settings.js';

describe('CLI defaults', () => {
  it('name the same default package as the pipeline', () => {
    expect(DEFAULT_PACKAGE).toEqual(PIPELINE_DEFAULT);
  });
});
