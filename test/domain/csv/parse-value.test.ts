// The whitelist number parser and the year parser, case by case (V1–V12).
import { describe, expect, it } from 'vitest';
import { parseQualifier, parseValue } from '../../../src/domain/csv/parse-value';
import { parseYear } from '../../../src/domain/csv/parse-year';

describe('parseValue', () => {
  it.each([
    ['12', 12, '', '', false],
    ['0', 0, '', '', false],
    ['98.5', 98.5, '', '', false],
    ['1,234', 1234, '', '', true],
    ['1,234,567.5', 1234567.5, '', '', true],
    ['１２', 12, '', '', true],
    [' 12 ', 12, '', '', true],
    ['12\u00A0', 12, '', '', true],
    ['\u300012', 12, '', '', true],
    ['1.2E+02', 120, '', '', true],
    ['９８．５％', 98.5, '', '%', true],
    ['98.5%', 98.5, '', '%', false],
    ['0012', 12, '', '', true],
    ['.5', 0.5, '', '', true],
    ['+5', 5, '', '', true],
    ['-5', -5, '', '', false],
    ['−3', -3, '', '', true],
    ['-0', 0, '', '', false],
    ['12次', 12, '', '次', false],
    ['12人', 12, '', '人', false],
    ['约12', 12, '约', '', false],
    ['近30', 30, '近', '', false],
    ['超过100', 100, '超过', '', false],
    ['不少于30', 30, '不少于', '', false],
    ['10余', 10, '余', '', false],
    ['10余次', 10, '余', '次', false],
    ['20多场', 20, '多', '场', false],
    ['100人以上', 100, '以上', '人', false],
    ['50次左右', 50, '左右', '次', false],
    ['12万元', 12, '', '万元', false],
  ])('%j → %d (qualifier %j, suffix %j, normalised %s)', (raw, value, qualifier, suffix, normalized) => {
    const r = parseValue(raw);
    expect(r).toMatchObject({ kind: 'ok', value, qualifier, suffix, normalized });
    if (r.kind === 'ok') expect(Object.is(r.value, -0)).toBe(false);
  });

  it('scales 万 exactly', () => {
    expect(parseValue('1.2万人次')).toMatchObject({ kind: 'ok', value: 1.2, suffix: '万人次', scaled: 12000 });
    expect(parseValue('0.3万')).toMatchObject({ scaled: 3000 });
  });

  it.each(['', '   ', '-', '--', '—', '——', '–', '/', '无', '无数据', '暂无', 'N/A', 'n/a', 'NA', 'null', '…'])(
    '%j is missing, never 0',
    (raw) => {
      expect(parseValue(raw)).toEqual({ kind: 'missing' });
    },
  );

  it.each(['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '########'])('%j is an Excel error', (raw) => {
    expect(parseValue(raw)).toMatchObject({ kind: 'error', code: 'E_EXCEL_ERROR' });
  });

  it.each([
    ['0x1A', 'E_VALUE_NOT_NUMBER'],
    ['Infinity', 'E_VALUE_NOT_NUMBER'],
    ['-Infinity', 'E_VALUE_NOT_NUMBER'],
    ['NaN', 'E_VALUE_NOT_NUMBER'],
    ['1e309', 'E_VALUE_TOO_LARGE'],
    ['9'.repeat(400), 'E_VALUE_TOO_LARGE'],
    ['1e16', 'E_VALUE_TOO_LARGE'],
    ['(5)', 'E_VALUE_NOT_NUMBER'],
    ['1.234,5', 'E_VALUE_NOT_NUMBER'],
    ['12,34', 'E_VALUE_NOT_NUMBER'],
    ['12 345', 'E_VALUE_NOT_NUMBER'],
    ['十二', 'E_VALUE_NOT_NUMBER'],
    ['12abc', 'E_VALUE_NOT_NUMBER'],
    ['12.', 'E_VALUE_NOT_NUMBER'],
    ['1.2.3', 'E_VALUE_NOT_NUMBER'],
    ['TRUE', 'E_VALUE_NOT_NUMBER'],
    ['=1+2', 'E_VALUE_NOT_NUMBER'],
    ['٣', 'E_VALUE_NOT_NUMBER'],
    ['约', 'E_VALUE_NOT_NUMBER'],
  ])('%j is rejected with %s', (raw, code) => {
    const r = parseValue(raw);
    expect(r).toMatchObject({ kind: 'error', code });
    if (r.kind === 'error') expect(r.hint).toMatch(/[\u4e00-\u9fff]/);
  });

  it('gives targeted hints', () => {
    const hint = (s: string) => (parseValue(s) as { hint: string }).hint;
    expect(hint('(5)')).toContain('括号');
    expect(hint('十二')).toContain('阿拉伯数字');
    expect(hint('1.234,5')).toContain('逗号');
    expect(hint('12 345')).toContain('空格');
  });

  it('reads qualifier cells', () => {
    expect(parseQualifier(' 约 ')).toBe('约');
    expect(parseQualifier('')).toBe('');
    expect(parseQualifier('大概')).toBeUndefined();
  });
});

describe('parseYear', () => {
  it.each([
    ['2023', 2023, false],
    ['2023年', 2023, true],
    ['2023年度', 2023, true],
    ['2023.0', 2023, true],
    ['２０２３', 2023, true],
    [' 2023 ', 2023, true],
    ['2000', 2000, false],
  ])('%j → %d', (raw, year, normalized) => {
    expect(parseYear(raw, 2026)).toEqual({ kind: 'ok', year, normalized });
  });

  it.each([
    ['23', '20 23'.replace(' ', '')],
    ['二〇二三', '汉字'],
    ['2023-12-31', '日期'],
    ['2023/1/1', '日期'],
    ['45291', '序列号'],
    ['2022-2023', '范围'],
    ['2022—2023年度', '范围'],
    ['abc', '四位年份'],
  ])('%j is E_YEAR_INVALID (hint mentions %s)', (raw, hint) => {
    const r = parseYear(raw, 2026);
    expect(r).toMatchObject({ kind: 'error', code: 'E_YEAR_INVALID' });
    expect((r as { hint: string }).hint).toContain(hint);
  });

  it.each(['1899', '1999', '2099', '2101', '2028'])('%j is E_YEAR_OUT_OF_RANGE', (raw) => {
    expect(parseYear(raw, 2026)).toMatchObject({ kind: 'error', code: 'E_YEAR_OUT_OF_RANGE' });
  });

  it('accepts next year, and never rejects recent years because of a wrong PC clock', () => {
    expect(parseYear('2027', 2026)).toMatchObject({ kind: 'ok' });
    expect(parseYear('2026', 2019)).toMatchObject({ kind: 'ok' });
  });

  it.each(['', '  ', '-'])('%j is missing', (raw) => {
    expect(parseYear(raw, 2026)).toEqual({ kind: 'missing' });
  });
});
