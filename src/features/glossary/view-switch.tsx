/** How the glossary index is arranged. */
export type GlossaryView = 'topic' | 'az';

const VIEWS: { view: GlossaryView; label: string }[] = [
  { view: 'topic', label: 'By topic' },
  { view: 'az', label: 'A–Z' },
];

/** Two toggle buttons choosing the arrangement of the index; the pressed one is the current view. */
export function ViewSwitch({ view, onChange }: { view: GlossaryView; onChange: (view: GlossaryView) => void }) {
  return (
    <div className="view-switch" role="group" aria-label="Arrange terms">
      {VIEWS.map((option) => (
        <button
          key={option.view}
          type="button"
          className="view-switch__button"
          aria-pressed={view === option.view}
          onClick={() => onChange(option.view)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
