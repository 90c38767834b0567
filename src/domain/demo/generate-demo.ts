// A deterministic, clearly labelled demonstration dataset: several departments of
// each type over 2019–2024 with plausible values and gaps, so that trends can be shown
// before a user has imported several years of real data. Names say 「演示」 so they
// can never be mistaken for a real department.
import type { Catalog } from '../catalog/catalog';
import type { Department, Observation } from '../types';
import { seededRandom as rng } from '../random';

export const DEMO_REGIONS = ['演示市东城区', '演示市西城区', '演示市南湖区', '演示市北山区'];
export const DEMO_TYPES = ['财政局', '司法局', '市场监督管理局', '生态环境局', '发展和改革局', '教育局'];
export const DEMO_YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

const DEMO_INDICATORS = [
  'party_group_law_study',
  'law_study_sessions',
  'law_training_sessions',
  'law_training_participants',
  'pufa_events',
  'normative_docs_issued',
  'normative_docs_cleaned',
  'normative_docs_legality_review_rate',
  'contracts_reviewed',
  'legal_opinions_issued',
  'certified_enforcement_staff',
  'admin_penalty_cases',
  'major_enforcement_legal_review_rate',
  'info_requests_received',
  'info_request_reply_rate',
  'reconsideration_cases',
  'litigation_cases',
  'litigation_lost',
  'petitions',
  'hotline_cases',
  'hotline_satisfaction',
];

export interface DemoData {
  observations: Observation[];
  departments: Department[];
}

export function generateDemoData(catalog: Catalog, seed = 20241231): DemoData {
  const rand = rng(seed);
  const observations: Observation[] = [];
  const departments: Department[] = [];
  for (const region of DEMO_REGIONS) {
    for (const type of DEMO_TYPES) {
      const name = region + type;
      departments.push({ name, region, type, aliases: [] });
      const size = 0.5 + rand() * 1.5;
      for (const id of DEMO_INDICATORS) {
        const ind = catalog.get(id);
        if (!ind) continue;
        const isRate = ind.unit === '%';
        let level = isRate ? 88 + rand() * 10 : base(id) * size * (0.6 + rand() * 0.8);
        const trend = isRate ? 0.3 + rand() : (rand() - 0.35) * 0.25;
        for (const year of DEMO_YEARS) {
          // About one value in twelve is missing: a year not reported.
          if (rand() < 0.08) continue;
          level = isRate ? Math.min(100, level + trend * (rand() * 2)) : Math.max(0, level * (1 + trend + (rand() - 0.5) * 0.2));
          const value = isRate ? Math.round(level * 10) / 10 : Math.round(level);
          observations.push({
            department: name,
            year,
            indicatorId: id,
            indicatorText: ind.labelZh,
            value,
            unit: ind.unit,
            qualifier: '',
            derived: false,
            evidence: `（演示数据）${year}年，${name}${ind.labelZh}为${value}${ind.unit}。`,
            source: { line: -1, start: -1, end: -1 },
          });
        }
      }
    }
  }
  return { observations, departments };
}

function base(id: string): number {
  if (id.includes('participants')) return 300;
  if (id === 'hotline_cases') return 400;
  if (id === 'admin_penalty_cases') return 60;
  if (id === 'certified_enforcement_staff') return 40;
  if (id === 'contracts_reviewed') return 30;
  if (id === 'info_requests_received' || id === 'petitions') return 15;
  if (id === 'litigation_lost') return 0.6;
  if (id === 'litigation_cases' || id === 'reconsideration_cases') return 4;
  return 8;
}
