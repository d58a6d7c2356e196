import { useLayoutEffect, useRef } from 'preact/hooks';
import { withAlpha } from '@/utils/highlight/styles';
import type { LegendKind, LegendState } from '@/utils/reader/ui';

export interface LegendProps {
  state: LegendState;
  expanded: boolean;
  onExpandedChange(expanded: boolean): void;
  /** Increases each time the reader asks for the legend from the keyboard: it takes the focus. */
  focusRequest: number;
}

const ROWS: { kind: LegendKind; label: string; unit: [string, string] }[] = [
  { kind: 'companies', label: 'Companies', unit: ['company', 'companies'] },
  { kind: 'officials', label: 'Officials', unit: ['official', 'officials'] },
  { kind: 'quotes', label: 'Quotes', unit: ['quote', 'quotes'] },
  { kind: 'notes', label: 'My notes', unit: ['note', 'notes'] },
];

/** The swatch of a kind in the reader's colour (validated `#rrggbb`), or the stylesheet's default. */
function swatchStyle(state: LegendState, kind: LegendKind): string | undefined {
  const fill = withAlpha(state.colors[kind], 0.35);
  return fill ? `background-color: ${fill}` : undefined;
}

/** The on-page control: counts and toggles per kind, stepping through highlights, the all-off toggle and the site switch. */
export function Legend({ state, expanded, onExpandedChange, focusRequest }: LegendProps) {
  const first = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  // In the same task that opens the legend, so the Tab presses that follow move from its first button.
  useLayoutEffect(() => {
    if (focusRequest > 0) first.current?.focus();
  }, [focusRequest]);

  const summary = ROWS.filter((row) => state.counts[row.kind] > 0)
    .map((row) => `${state.counts[row.kind]} ${state.counts[row.kind] === 1 ? row.unit[0] : row.unit[1]}`)
    .join(', ');
  const orphanText =
    state.orphans === 1 ? '1 note could not be found on this page' : `${state.orphans} notes could not be found on this page`;

  if (!expanded) {
    return (
      <button
        ref={opener}
        type="button"
        class="legend-pill"
        aria-expanded="false"
        aria-label={`Presslight: ${summary || 'nothing highlighted'}${state.orphans ? `; ${orphanText}` : ''}. Open the legend (Alt+Shift+L)`}
        onClick={() => onExpandedChange(true)}
      >
        <span class="logo" aria-hidden="true">
          P
        </span>
        {ROWS.map((row) => (
          <span
            key={row.kind}
            class={`count swatch-${row.kind}${state.shown[row.kind] && state.allShown ? '' : ' off'}`}
            style={swatchStyle(state, row.kind)}
            aria-hidden="true"
          >
            {state.counts[row.kind]}
          </span>
        ))}
        {state.orphans > 0 && (
          <span class="count orphan" aria-hidden="true">
            ?{state.orphans}
          </span>
        )}
      </button>
    );
  }

  return (
    <section
      class="surface legend"
      role="region"
      aria-label="Presslight legend"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onExpandedChange(false);
        }
      }}
    >
      <header class="legend-head">
        <h2>Presslight</h2>
        <button type="button" class="button icon" aria-label="Close the legend" aria-expanded="true" onClick={() => onExpandedChange(false)}>
          ✕
        </button>
      </header>
      <ul class="toggles">
        {ROWS.map((row, i) => (
          <li key={row.kind}>
            <button
              ref={i === 0 ? first : undefined}
              type="button"
              role="switch"
              class="toggle"
              aria-checked={state.shown[row.kind]}
              onClick={() => state.toggleKind(row.kind)}
            >
              <span class={`swatch-box swatch-${row.kind}`} style={state.shown[row.kind] ? swatchStyle(state, row.kind) : undefined} aria-hidden="true" />
              <span class="toggle-label">{row.label}</span>
              <span class="toggle-count">{state.counts[row.kind]}</span>
            </button>
          </li>
        ))}
      </ul>
      {state.orphans > 0 && (
        <p class="orphans" role="note">
          {orphanText}; the toolbar popup lists {state.orphans === 1 ? 'it' : 'them'} with {state.orphans === 1 ? 'its' : 'their'} quote.
        </p>
      )}
      <div class="row stepper" role="group" aria-label="Step through highlights">
        <button type="button" class="button" onClick={() => state.step(-1)}>
          ‹ Previous
        </button>
        <button type="button" class="button" onClick={() => state.step(1)}>
          Next ›
        </button>
      </div>
      <div class="row">
        <button type="button" class="button" role="switch" aria-checked={state.allShown} onClick={state.toggleAll} title="Alt+Shift+H">
          {state.allShown ? 'Hide all highlights' : 'Show highlights'}
        </button>
        {state.site && (
          <button type="button" class="button danger" onClick={state.turnOffSite}>
            Off on {state.site}
          </button>
        )}
      </div>
    </section>
  );
}
