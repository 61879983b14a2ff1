import { useCallback, useEffect, useRef, useState } from 'react';
import { isUnauthorized } from '../api/http';
import { errorKind, serverDetail, type ErrorKind } from '../components/errorKind';
import { fetchExport } from './exportFile';
import type { ExportFormat } from '../../../shared/api/exports';
import { saveFile } from './saveFile';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'making'; format: ExportFormat }
  | { kind: 'saved'; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: ErrorKind; detail: string | null };

/**
 * Makes one export at a time and keeps what to tell about it: being made,
 * saved under its name, cancelled, or failed and why. Leaving the dialog
 * cancels an export still on its way.
 */
export function useExport(planId: string, onSessionLost: () => void) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(
    async (format: ExportFormat, version: string | null, container: HTMLElement, withComments = false) => {
      if (running.current) return;
      const controller = new AbortController();
      running.current = controller;
      setState({ kind: 'making', format });
      try {
        const file = await fetchExport(planId, format, version, controller.signal, withComments);
        saveFile(file, container);
        setState({ kind: 'saved', fileName: file.fileName });
      } catch (error) {
        if (controller.signal.aborted) setState({ kind: 'cancelled' });
        else if (isUnauthorized(error)) onSessionLost();
        else setState({ kind: 'failed', error: errorKind(error), detail: serverDetail(error) });
      } finally {
        running.current = null;
      }
    },
    [planId, onSessionLost],
  );

  const cancel = useCallback(() => running.current?.abort(), []);

  return { state, start, cancel };
}
