import { describe, expect, it } from 'vitest';
import { createManualClock } from './clock.js';
import { createOperatingBudget } from './operating-budget.js';
import { createRateLimiter, DEFAULT_RATE_LIMIT } from './rate-limiter.js';

describe('createRateLimiter', () => {
  it('lets the documented burst of 50 through, then paces at 2/s', async () => {
    const clock = createManualClock();
    const limiter = createRateLimiter(DEFAULT_RATE_LIMIT, clock);
    for (let i = 0; i < 50; i++) await limiter.acquire();
    expect(clock.sleeps).toEqual([]);
    for (let i = 0; i < 4; i++) await limiter.acquire();
    expect(clock.sleeps).toEqual([500, 500, 500, 500]);
  });

  it('drains while idle', async () => {
    const clock = createManualClock();
    const limiter = createRateLimiter({ burst: 5, perSecond: 5 }, clock);
    for (let i = 0; i < 5; i++) await limiter.acquire();
    clock.advance(1000);
    expect(limiter.level()).toBe(0);
  });

  it('treats QUERY_LIMIT_EXCEEDED as a full bucket', async () => {
    const clock = createManualClock();
    const limiter = createRateLimiter({ burst: 250, perSecond: 5 }, clock);
    limiter.onLimitExceeded();
    await limiter.acquire();
    expect(clock.sleeps).toEqual([200]);
  });

  it('gives the slot back when the wait is aborted', async () => {
    const clock = createManualClock();
    const limiter = createRateLimiter({ burst: 1, perSecond: 1 }, clock);
    await limiter.acquire();
    const controller = new AbortController();
    controller.abort();
    await expect(limiter.acquire(controller.signal)).rejects.toBeDefined();
    expect(limiter.level()).toBe(1);
  });
});

describe('createOperatingBudget', () => {
  const nowS = 1_700_000_000;
  it('does not delay a method far from its limit', () => {
    const clock = createManualClock(nowS * 1000);
    const budget = createOperatingBudget({ limitSeconds: 480 }, clock);
    budget.record('crm.item.list', { operating: 100, operating_reset_at: nowS + 60 });
    expect(budget.delayFor('crm.item.list')).toBe(0);
  });

  it('slows a method down as it nears the limit and waits for the reset at the limit', () => {
    const clock = createManualClock(nowS * 1000);
    const budget = createOperatingBudget({ limitSeconds: 400, slowDownAt: 0.5 }, clock);
    budget.record('m', { operating: 300, operating_reset_at: nowS + 100 });
    expect(budget.delayFor('m')).toBe(50_000);
    budget.record('m', { operating: 410, operating_reset_at: nowS + 100 });
    expect(budget.delayFor('m')).toBe(100_000);
    expect(budget.delayFor('other')).toBe(0);
    clock.advance(100_000);
    expect(budget.delayFor('m')).toBe(0);
  });

  it('blocks until operating_reset_at after OPERATION_TIME_LIMIT, or a fallback when unknown', () => {
    const clock = createManualClock(nowS * 1000);
    const budget = createOperatingBudget({ blockedFallbackMs: 60_000 }, clock);
    budget.record('m', { operating: 1, operating_reset_at: nowS + 42 });
    expect(budget.onBlocked('m')).toBe(42_000);
    expect(budget.blockedFor('m')).toBe(42_000);
    expect(budget.onBlocked('n')).toBe(60_000);
  });

  it('ignores time objects without operating fields', () => {
    const budget = createOperatingBudget({}, createManualClock());
    budget.record('m', { start: 1 });
    budget.record('m', null);
    expect(budget.delayFor('m')).toBe(0);
  });
});
