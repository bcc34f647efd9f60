import type { ComponentProps } from 'react';
import { Link, useLocation } from 'react-router';

type Props = Omit<ComponentProps<typeof Link>, 'to'> & {
  /** The id of the element on this page to go to. */
  target: string;
};

/**
 * A link to a place on this page (`#target`), followed as a navigation of the router's own, like
 * any other link of the app. A plain `<a href="#…">` is left to the browser, which makes a history
 * entry the router cannot tell from the page first loaded: the router then returned to where that
 * page was left (the top of the library, say) rather than to the place linked. The query stays.
 */
export function HashLink({ target, ...props }: Props) {
  const { search } = useLocation();
  return <Link to={{ search, hash: target }} {...props} />;
}
