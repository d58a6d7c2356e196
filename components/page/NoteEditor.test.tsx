import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { RequestError } from '@/utils/messaging/client';
import type { NoteDraft } from '@/utils/reader/ui';
import { fire, installDom, settle } from '../popup/test-dom';
import { NoteEditor } from './NoteEditor';

let root: HTMLElement;
beforeEach(() => {
  const document = installDom();
  root = document.getElementById('app')!;
});

function type(element: HTMLTextAreaElement | HTMLInputElement, value: string) {
  element.value = value;
  fire(element, 'input');
}

describe('NoteEditor', () => {
  it('keeps what the reader wrote when saving fails, says why, and saves on the retry', async () => {
    const attempts: NoteDraft[] = [];
    let failures = 1;
    let closed = false;
    await act(() => {
      render(
        <NoteEditor
          mode="create"
          quote="Cybersecurity is becoming an important issue in Japan."
          initial={{ body: '', color: 'yellow', tags: [] }}
          onCancel={() => (closed = true)}
          onSave={async (draft) => {
            attempts.push(draft);
            if (failures-- > 0) throw new RequestError('quota', 'The browser has no room left to store notes.');
          }}
        />,
        root,
      );
    });
    type(root.querySelector('textarea')!, '  Suga on security  ');
    type(root.querySelector('input.tags')!, 'japan, security, japan');
    await settle();
    fire(root.querySelector('form')!, 'submit');
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('no room left');
    expect(root.querySelector('textarea')!.value).toBe('  Suga on security  ');
    expect(root.querySelector('button[type="submit"]')?.textContent).toBe('Try again');
    fire(root.querySelector('form')!, 'submit');
    await settle();
    expect(attempts).toEqual([
      { body: 'Suga on security', color: 'yellow', tags: ['japan', 'security'] },
      { body: 'Suga on security', color: 'yellow', tags: ['japan', 'security'] },
    ]);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(closed).toBe(false);
  });

  it('cancels on Escape', async () => {
    let closed = false;
    await act(() => {
      render(
        <NoteEditor mode="create" quote="Q" initial={{ body: '', color: 'blue', tags: [] }} onCancel={() => (closed = true)} onSave={async () => {}} />,
        root,
      );
    });
    // Dispatched on the form itself: linkedom calls bubbling listeners with the wrong `this`.
    fire(root.querySelector('form')!, 'keydown', { key: 'Escape' });
    expect(closed).toBe(true);
  });
});
