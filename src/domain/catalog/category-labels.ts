// English names of the catalog's categories (data/indicators.csv has them in Chinese only).
// An unknown category, e.g. one a custom catalog adds, is shown as written.
import { OTHER_CATEGORY_ZH } from './catalog';

const CATEGORY_EN: Record<string, string> = {
  信访与诉求: 'Petitions and requests',
  学法用法: 'Legal study',
  政务公开: 'Open government',
  普法宣传: 'Legal publicity',
  法律顾问: 'Legal counsel',
  监督: 'Oversight',
  营商环境: 'Business environment',
  行政复议与诉讼: 'Reconsideration and litigation',
  行政执法: 'Administrative enforcement',
  规范性文件: 'Normative documents',
  重大行政决策: 'Major decisions',
  [OTHER_CATEGORY_ZH]: 'Other (uncatalogued)',
};

export function categoryLabel(category: string, lang: 'zh' | 'en'): string {
  return lang === 'en' ? (CATEGORY_EN[category] ?? category) : category;
}
