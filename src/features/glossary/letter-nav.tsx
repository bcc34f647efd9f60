import { HashLink } from '../../components/hash-link.tsx';
import { LETTERS, type TermGroup } from './group-terms.ts';

/** Jump links to each letter of the A–Z view; letters without terms are shown but inert. */
export function LetterNav({ groups }: { groups: readonly TermGroup[] }) {
  const present = new Map(groups.map((g) => [g.title, g.id]));
  return (
    <nav className="letter-nav" aria-label="Jump to letter">
      <ul>
        {LETTERS.map((letter) => {
          const id = present.get(letter);
          return (
            <li key={letter}>
              {id ? (
                <HashLink target={id} className="letter-nav__link">
                  {letter}
                </HashLink>
              ) : (
                <span className="letter-nav__link letter-nav__link--empty" aria-disabled="true">
                  {letter}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
