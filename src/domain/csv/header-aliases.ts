// Header names → fields. Chinese or English, trimmed, NFKC, case-insensitive.
// Beware: 「单位名称」 is the department, bare 「单位」 the unit of measure.
import { looseKey, splitUnitSuffix } from '../text/normalize-text';

export type Field =
  | 'department'
  | 'year'
  | 'indicator'
  | 'indicator_text'
  | 'value'
  | 'unit'
  | 'evidence'
  | 'region'
  | 'type'
  | 'qualifier'
  | 'source'
  | 'derived';

/** Chinese names used in messages. */
export const FIELD_LABEL: Record<Field, string> = {
  department: '部门',
  year: '年度',
  indicator: '指标',
  indicator_text: '指标原文',
  value: '数值',
  unit: '单位',
  evidence: '原文',
  region: '地区',
  type: '部门类型',
  qualifier: '限定词',
  source: '来源',
  derived: '推算',
};

const ALIASES: Record<Field, string[]> = {
  department: [
    '部门',
    '单位名称',
    '部门名称',
    '填报单位',
    '填报部门',
    '部门(单位)',
    '单位(部门)',
    '部门单位',
    '机关名称',
    'department',
    'dept',
    'department_name',
    'departmentname',
  ],
  year: ['年度', '年份', '年', '报告年度', '统计年度', 'year'],
  indicator: ['指标', '指标名称', '指标项', '指标项目', 'indicator', 'indicator_id', 'indicatorid', 'indicator_name'],
  indicator_text: ['指标原文', '原文指标', '原文指标名称', 'indicator_text', 'indicatortext'],
  value: ['数值', '值', '指标值', '数量', '数据', 'value'],
  unit: ['单位', '计量单位', '数值单位', '单位(计量)', 'unit'],
  evidence: ['原文', '依据', '原文摘录', '原文依据', '出处原文', 'evidence'],
  region: ['地区', '区域', '所属地区', '行政区', '行政区划', 'region'],
  type: ['部门类型', '类型', '部门类别', 'type', 'department_type', 'departmenttype'],
  qualifier: ['限定词', '限定', '修饰词', 'qualifier'],
  source: ['来源', '数据来源', '来源文件', 'source'],
  derived: ['推算', '是否推算', 'derived'],
};

/** Columns that are expected in spreadsheets and ignored without a warning. */
const IGNORED = ['序号', '编号', '行号', '错误原因', 'no', 'no.', '#', '核查', '核查说明', 'check', 'check_note'];

const BY_KEY = new Map<string, Field>();
for (const [field, names] of Object.entries(ALIASES) as [Field, string[]][]) {
  for (const n of names) BY_KEY.set(looseKey(n), field);
}
const IGNORED_KEYS = new Set(IGNORED.map(looseKey));

export function headerKey(header: string): string {
  return looseKey(header).replace(/[*＊]+$/, '');
}

export interface HeaderField {
  field: Field;
  /** A unit in brackets after the name, e.g. 「数值（万元）」. */
  unit: string;
}

/** The field a header names, or undefined. */
export function fieldOf(header: string): HeaderField | undefined {
  const key = headerKey(header);
  if (!key) return undefined;
  const direct = BY_KEY.get(key);
  if (direct) return { field: direct, unit: '' };
  const { label, unit } = splitUnitSuffix(header.replace(/[*＊]+\s*$/, ''));
  const f = BY_KEY.get(headerKey(label));
  return f ? { field: f, unit } : undefined;
}

export function isIgnoredHeader(header: string): boolean {
  return IGNORED_KEYS.has(headerKey(header));
}

const YEAR_HEADER = /^(\d{4})(?:年度?)?(?:数值|数据|值)?$/;

/** 2023 for headers 「2023」, 「2023年」, 「2023年度」 (wide-by-year files). */
export function yearOfHeader(header: string): number | undefined {
  const m = YEAR_HEADER.exec(headerKey(header));
  return m ? Number(m[1]) : undefined;
}

/** Header names that mean the department when the user wrote 「单位」 for it. */
export const UNIT_HEADER_HINT =
  '注意：「单位」列按计量单位（件、次、%）理解；如果该列填写的是部门名称，请把表头改为「部门」或「单位名称」。';
