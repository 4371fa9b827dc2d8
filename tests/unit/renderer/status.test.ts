import { describe, expect, it } from 'vitest';
import { statusText } from '../../../src/renderer/src/engagement/status';
import { moneyText } from '../../../src/renderer/src/components/money-text';

describe('statusText', () => {
  it('says which version went out once one was exported', () => {
    expect(statusText('draft', null)).toBe('Draft');
    expect(statusText('draft', 1)).toBe('Sent · v1');
    expect(statusText('proposed', 3)).toBe('Sent · v3');
    expect(statusText('agreed', 2)).toBe('Agreed · v2');
    expect(statusText('closed', 2)).toBe('Closed');
  });
});

describe('moneyText', () => {
  it('reads an amount back the way it is typed: grouped, cents only when there are some', () => {
    expect(moneyText(4_850_000)).toBe('48,500');
    expect(moneyText(123_456)).toBe('1,234.56');
    expect(moneyText(5)).toBe('0.05');
    expect(moneyText(0)).toBe('0');
    expect(moneyText(123_400, 'JPY')).toBe('123,400');
  });
});
