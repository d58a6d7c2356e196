import type { NoteRecord } from '../db/types';
import { groupByArticle } from './group';

/** Text placed in Markdown as is: characters that would start markup are escaped, line breaks kept. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1').replace(/^(\s*)([-=]{3,}|\d+\.)(?=\s|$)/gm, (_m, space: string, mark: string) => `${space}\\${mark}`);
}

function quoteBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${escapeMarkdown(line)}`.trimEnd())
    .join('\n');
}

function isoDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** One readable Markdown file: an article per section (newest first), each note as its quote and the reader's text. */
export function notesToMarkdown(notes: readonly Omit<NoteRecord, 'words'>[], now = new Date()): string {
  const groups = groupByArticle(notes);
  const lines: string[] = [
    '# Presslight notes',
    '',
    `${notes.length} ${notes.length === 1 ? 'note' : 'notes'} on ${groups.length} ${groups.length === 1 ? 'article' : 'articles'}, exported ${now.toISOString().slice(0, 10)}.`,
  ];
  for (const group of groups) {
    lines.push('', `## ${escapeMarkdown(group.title || group.page)}`, '', `${escapeMarkdown(group.site)} · <${group.page.replace(/>/g, '%3E')}>`);
    for (const note of group.notes) {
      lines.push('', quoteBlock(note.target.selector[0].exact));
      if (note.body.trim()) lines.push('', escapeMarkdown(note.body.trim()).replace(/\r?\n/g, '  \n'));
      const tags = note.tags.map((tag) => `#${escapeMarkdown(tag.replace(/\s+/g, '-'))}`).join(' ');
      lines.push('', `*${isoDay(note.created)} · ${note.color}${tags ? ` · ${tags}` : ''}*`);
    }
  }
  return `${lines.join('\n')}\n`;
}
