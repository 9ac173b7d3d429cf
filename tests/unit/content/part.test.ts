import { afterEach, expect, test, vi } from 'vitest';
import { partOf } from '../../../src/content/page/part';
import { logError } from '../../../src/shared/log';

afterEach(() => {
  vi.restoreAllMocks();
});

test("a part's errors are logged with its name", () => {
  const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const lifetime = new AbortController();
  const error = new Error('no card');
  const part = partOf('tooltip', lifetime.signal);
  part.onError(error);
  expect(log).toHaveBeenCalledWith('Backstory [tooltip]:', error);
  expect(part.signal).toBe(lifetime.signal);
});

test('logError puts the part first and keeps every detail', () => {
  const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  logError('options', 'the page failed to load', 42);
  expect(log).toHaveBeenCalledWith('Backstory [options]:', 'the page failed to load', 42);
});
