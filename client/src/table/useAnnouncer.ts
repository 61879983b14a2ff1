import { useCallback, useState } from 'react';

/**
 * A message for a polite live region. Saying the same thing twice ("moved
 * up", "moved up") must be announced twice, so every other message carries
 * an invisible no-break space that makes it a change.
 */
export function useAnnouncer(): [string, (message: string) => void] {
  const [state, setState] = useState({ text: '', odd: false });
  const announce = useCallback(
    (text: string) => setState((previous) => ({ text, odd: !previous.odd })),
    [],
  );
  return [state.odd ? `${state.text}\u00a0` : state.text, announce];
}
