import { describe, expect, it } from 'vitest';
import type { YfmTable } from '../../parse/yfm-nodes.js';
import { detectTableShape } from './table-shape.js';
import { nodesOf } from './test-support.js';

function firstTable(md: string): YfmTable {
  const t = nodesOf(md).find((n): n is YfmTable => n.type === 'yfmTable');
  if (!t) throw new Error('no table');
  return t;
}

describe('detectTableShape', () => {
  it('reads the EN and RU name/type headers alike', () => {
    const en = detectTableShape(firstTable('#|\n|| **Name**\n`type` | **Description** ||\n|| **id**\n`integer` | x ||\n|#'));
    const ru = detectTableShape(firstTable('#|\n|| **Название**\n`тип` | **Описание** ||\n|| **id**\n`integer` | x ||\n|#'));
    expect(en).toEqual({ headerRows: 1, descCol: 1, extraCols: [] });
    expect(ru).toEqual(en);
  });

  it('reads a RU header with a Latin letter inside a word as a header, not as a field', () => {
    // "Нaзвание" with a Latin "a" would otherwise read as a parameter called "Нaзвание" of type "тип".
    const shape = detectTableShape(firstTable('#|\n|| **Нaзвание**\n`тип` | **Описaние** ||\n|| **id**\n`integer` | x ||\n|#'));
    expect(shape).toEqual({ headerRows: 1, descCol: 1, extraCols: [] });
  });

  it('finds a separate RU type column', () => {
    const shape = detectTableShape(firstTable('#|\n|| **Параметр** | **Тип** | **Описание** ||\n|| **id*** | `integer` | x ||\n|#'));
    expect(shape).toEqual({ headerRows: 1, descCol: 2, typeCol: 1, extraCols: [] });
  });

  it('leaves RU error tables alone', () => {
    expect(detectTableShape(firstTable('#|\n|| **Код** | **Описание** | **Значение** ||\n|| `0` | x | y ||\n|#'))).toBeUndefined();
  });
});
