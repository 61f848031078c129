import { describe, expect, test } from 'vitest';
import { inOwnTask } from '../../../src/extension/own-task';

describe('extension/own-task', () => {
  test('settles with the value, from a timer task of its own rather than in the reply’s microtask', async () => {
    const order: string[] = [];
    const reply = Promise.resolve('pong');
    const settled = inOwnTask(reply).then((value) => order.push(`settled ${value}`));
    // Set after the call: it fires first only if the settling waits for a timer task.
    setTimeout(() => order.push('timer'), 0);
    await reply;
    await Promise.resolve();
    expect(order).toEqual([]);
    await settled;
    expect(order).toEqual(['timer', 'settled pong']);
  });

  test('passes a failure on, also from a timer task', async () => {
    const error = new Error('the extension context was invalidated');
    await expect(inOwnTask(Promise.reject(error))).rejects.toBe(error);
  });
});
