import { describe, expect, it } from 'vitest';
import { foldHomoglyphs } from './homoglyphs.js';

describe('foldHomoglyphs', () => {
  it('folds Latin look-alikes inside Russian words', () => {
    expect(foldHomoglyphs('Cообщение об ошибке')).toBe('Сообщение об ошибке');
    expect(foldHomoglyphs('Обработка oтвета')).toBe('Обработка ответа');
    expect(foldHomoglyphs('Нaзвание')).toBe('Название');
  });

  it('leaves Latin words and codes alone', () => {
    expect(foldHomoglyphs('Code | Error Message')).toBe('Code | Error Message');
    expect(foldHomoglyphs('ACCESS_DENIED и Access denied')).toBe('ACCESS_DENIED и Access denied');
    expect(foldHomoglyphs('Параметр fields')).toBe('Параметр fields');
  });
});
