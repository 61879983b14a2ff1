import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

const ITEM_SELECTOR = 'button';

/**
 * The ARIA toolbar pattern: the toolbar is one Tab stop, arrow keys (and
 * Home/End) move between its buttons. The container's buttons are looked up
 * on every render, so buttons that appear (table tools) join in by themselves.
 */
export function useRovingFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const active = useRef(0);

  const items = useCallback(
    () => Array.from(ref.current?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? []),
    [],
  );

  const applyTabIndex = useCallback(() => {
    const list = items();
    active.current = Math.min(active.current, Math.max(list.length - 1, 0));
    list.forEach((item, i) => {
      item.tabIndex = i === active.current ? 0 : -1;
    });
  }, [items]);

  useLayoutEffect(applyTabIndex);

  const onFocus = useCallback(
    (event: FocusEvent<T>) => {
      const index = items().indexOf(event.target as HTMLElement);
      if (index < 0) return;
      active.current = index;
      applyTabIndex();
    },
    [items, applyTabIndex],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<T>) => {
      const list = items();
      if (list.length === 0) return;
      const last = list.length - 1;
      const moves: Record<string, number> = {
        ArrowRight: active.current === last ? 0 : active.current + 1,
        ArrowLeft: active.current === 0 ? last : active.current - 1,
        Home: 0,
        End: last,
      };
      const next = moves[event.key];
      if (next === undefined) return;
      event.preventDefault();
      list[next]?.focus();
    },
    [items],
  );

  return { ref, onFocus, onKeyDown };
}
