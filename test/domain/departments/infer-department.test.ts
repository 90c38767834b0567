import { describe, expect, it } from 'vitest';
import { expandDepartmentName, inferDepartment } from '../../../src/domain/departments/infer-department';

describe('inferDepartment', () => {
  it.each([
    ['武汉市汉阳区财政局', '武汉市汉阳区', '财政局'],
    ['武汉经济技术开发区发展和改革局', '武汉经济技术开发区', '发展和改革局'],
    ['武汉经开区发改局', '武汉经济技术开发区', '发展和改革局'],
    ['武汉市新洲区经济信息化和科技创新局', '武汉市新洲区', '经济信息化和科技创新局'],
    ['某县档案馆', '某县', '档案馆'],
  ])('%s', (name, region, type) => {
    expect(inferDepartment(name)).toEqual({ region, type });
  });

  it('expands abbreviations', () => {
    expect(expandDepartmentName('武汉经开区财政局')).toBe('武汉经济技术开发区财政局');
  });
});
