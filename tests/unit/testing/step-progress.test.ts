import { describe, expect, it } from 'vitest';
import { testingStepProgress } from '../../../core/testing/step-progress';

describe('step 4 completion state', () => {
  it('is not started until evidence or a concluded test exists', () => {
    expect(testingStepProgress({ evidenceItems: 0, activeControls: 40, concludedTests: 0 }).state).toBe('not-started');
  });
  it('is in progress while some active controls have no concluded test, and says how many', () => {
    const progress = testingStepProgress({ evidenceItems: 3, activeControls: 40, concludedTests: 38 });
    expect(progress.state).toBe('in-progress');
    expect(progress.next).toContain('2 controls');
  });
  it('is complete when every active control has a concluded test', () => {
    expect(testingStepProgress({ evidenceItems: 90, activeControls: 40, concludedTests: 40 }).state).toBe('complete');
  });
});
