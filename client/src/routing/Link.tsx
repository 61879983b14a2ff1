import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './navigation';

/** What of a click decides whether the app follows it itself: the DOM's MouseEvent and React's both have these. */
export interface LinkClick {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/**
 * A plain left click opens the page in place; with a modifier or another
 * button (new tab, new window, download) or a target, the browser does what
 * it always does with a link.
 */
export function opensInPlace(click: LinkClick, target: string | undefined): boolean {
  const plain = click.button === 0 && !click.metaKey && !click.ctrlKey && !click.shiftKey && !click.altKey;
  return plain && !click.defaultPrevented && (target === undefined || target === '' || target === '_self');
}

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** A link to a page of the app: an ordinary `<a href>` (copy, open in a new tab) that navigates without a reload. */
export function Link({ onClick, ...props }: Props) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!opensInPlace(event, props.target)) return;
    event.preventDefault();
    navigate(props.href);
  };
  return <a {...props} onClick={follow} />;
}
