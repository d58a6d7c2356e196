import { describe, expect, it } from 'vitest';
import { highlightStylesheet, stylesWithColors, withAlpha } from './styles';

describe('highlight styles', () => {
  it('derives translucent colours from the reader’s #rrggbb colours', () => {
    expect(withAlpha('#00AAC8', 0.24)).toBe('#00aac83d');
    expect(withAlpha('red', 0.5)).toBeNull();
    expect(withAlpha(undefined, 0.5)).toBeNull();
    const styles = stylesWithColors({ company: '#112233', quote: 'nonsense' });
    expect(styles.company).toContain('#1122333d');
    expect(styles.quote).toBe(stylesWithColors().quote);
  });

  it('names one ::highlight() rule per kind, with system colours in forced-colours mode', () => {
    const css = highlightStylesheet('highlight-api', { person: '#ff8c00' });
    expect(css).toContain('::highlight(presslight-person) { background-color: #ff8c0047; }');
    expect(css).toContain('::highlight(presslight-note-yellow)');
    expect(css).toMatch(/@media \(forced-colors: active\) \{[^]*presslight-company\) \{ background-color: Mark; color: MarkText; \}/);
    expect(highlightStylesheet('wrap')).toContain('presslight-mark[data-kind="quote"]');
  });
});
