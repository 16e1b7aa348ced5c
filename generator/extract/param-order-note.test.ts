import { describe, expect, it } from 'vitest';
import { notesParamOrder } from './param-order-note.js';

describe('notesParamOrder', () => {
  it('finds the notes that make the order of params mandatory', () => {
    expect(notesParamOrder(['Keep the order of parameters in the request: it is mandatory.'])).toBe(true);
    expect(notesParamOrder(['Send the params according to the order in the table. If the order is violated, the call returns false.'])).toBe(true);
    expect(notesParamOrder(['Follow the specified order of parameters shown in the tables. Otherwise the call fails.'])).toBe(true);
  });

  it('ignores prose about an order param or an order without a rule', () => {
    expect(notesParamOrder(['The `order` parameter must be an object of field → direction.'])).toBe(false);
    expect(notesParamOrder(['The order of parameters in this table follows the form.'])).toBe(false);
    expect(notesParamOrder(['Parameters that apply to order properties of any type'])).toBe(false);
    expect(notesParamOrder([])).toBe(false);
  });
});
