import { describe, expect, it } from 'vitest';
import { inSentence } from '../../../src/domain/narrative/narrative-text';

describe('an English indicator label inside a sentence', () => {
  it('starts lower-case, as any noun phrase mid-sentence', () => {
    expect(inSentence('Certified enforcement officers')).toBe('certified enforcement officers');
    expect(inSentence('Party-group study sessions on law')).toBe('party-group study sessions on law');
  });

  it('keeps acronyms and labels that are not English words as they are', () => {
    expect(inSentence('NPC suggestions and CPPCC proposals handled')).toBe('NPC suggestions and CPPCC proposals handled');
    expect(inSentence('PM2.5 concentration')).toBe('PM2.5 concentration');
    expect(inSentence('规范性文件清理数')).toBe('规范性文件清理数');
  });
});
