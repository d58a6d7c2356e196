import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CardContent } from '@/utils/reader/ui';

export interface CardProps {
  content: CardContent;
  /** Take the keyboard focus when shown (opened from the keyboard rather than by hovering). */
  focus: boolean;
  onClose(): void;
}

const QUOTE_PREVIEW = 160;
const NOTE_PREVIEW = 400;

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** What a highlight is: a company, a quoted official with their quotes, or one of the reader's notes. */
export function Card({ content, focus, onClose }: CardProps) {
  const root = useRef<HTMLElement>(null);

  // In the same task that shows the card, so keys that follow reach it.
  useLayoutEffect(() => {
    if (focus) root.current?.focus();
  }, [content, focus]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  }

  return (
    <section
      ref={root}
      class={`surface card card-${content.kind}`}
      role="dialog"
      aria-label={label(content)}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <CardBody content={content} />
      <p class="hint">Esc closes</p>
    </section>
  );
}

function label(content: CardContent): string {
  if (content.kind === 'note') return 'Your note';
  return content.kind === 'company' ? `Company: ${content.name}` : `Quoted: ${content.name}`;
}

function CardBody({ content }: { content: CardContent }) {
  if (content.kind === 'company') {
    return (
      <>
        <p class="eyebrow">Company</p>
        <h2 class="name">{content.name}</h2>
        <p class="meta">Mentioned {times(content.mentions)} in this article</p>
        <div class="actions">
          <button type="button" class="button" onClick={content.onAddNote}>
            ✎ Note on {content.name}
          </button>
        </div>
      </>
    );
  }
  if (content.kind === 'person') {
    return (
      <>
        <p class="eyebrow">Quoted official</p>
        <h2 class="name">{content.name}</h2>
        {content.role && <p class="role">{content.role}</p>}
        <p class="meta">
          Named {times(content.mentions)} · {content.quotes.length === 1 ? '1 quote' : `${content.quotes.length} quotes`}
        </p>
        {content.quotes.length > 0 && (
          <ol class="quotes" aria-label={`Quotes of ${content.name}`}>
            {content.quotes.map((quote, i) => (
              <li key={i}>
                <button
                  type="button"
                  class={`quote-link${quote.current ? ' current' : ''}`}
                  aria-current={quote.current ? 'true' : undefined}
                  title="Scroll to this quote"
                  onClick={quote.reveal}
                >
                  {quote.kind === 'direct' ? `“${shorten(quote.text, QUOTE_PREVIEW)}”` : shorten(quote.text, QUOTE_PREVIEW)}
                </button>
              </li>
            ))}
          </ol>
        )}
        <div class="actions">
          <button type="button" class="button" onClick={content.onAddNote}>
            ✎ Note on {content.name}
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      <p class="eyebrow">
        <span class={`dot ${content.color}`} aria-hidden="true" /> Your note
      </p>
      <blockquote class="quote">{shorten(content.quote, QUOTE_PREVIEW)}</blockquote>
      {content.body ? <p class="note-body">{shorten(content.body, NOTE_PREVIEW)}</p> : <p class="meta">(a highlight without text)</p>}
      {content.tags.length > 0 && (
        <ul class="tags-list" aria-label="Tags">
          {content.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="button" onClick={content.onEdit}>
          Edit
        </button>
        <button type="button" class="button danger" onClick={content.onDelete}>
          Delete
        </button>
      </div>
    </>
  );
}
