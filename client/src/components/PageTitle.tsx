import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// The first view of a visit leaves focus where the browser puts it (the top,
// where the skip link is); only later views move it.
let viewShownBefore = false;

/**
 * The page's one h1, also used as the document title. Focus moves to it when
 * a later view appears (after a hash navigation or signing in), so screen
 * reader users learn that the view changed, which the browser does not
 * announce by itself.
 */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (viewShownBefore) ref.current?.focus();
    viewShownBefore = true;
  }, []);

  useEffect(() => {
    document.title = `${children} – ${t('app.name')}`;
  }, [children, t]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
