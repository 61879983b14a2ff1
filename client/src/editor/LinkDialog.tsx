import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseLinkUrl } from './linkUrl';

interface Props {
  /** The link's current address when the selection is in a link, else ''. */
  initialUrl: string;
  onSave: (url: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

/**
 * Asks for a link address in a modal <dialog>: the browser traps focus in it,
 * closes it on Escape and returns focus afterwards, which window.prompt()
 * would also do but without a label, styling or translation.
 */
export function LinkDialog({ initialUrl, onSave, onRemove, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [url, setUrl] = useState(initialUrl);
  const [invalid, setInvalid] = useState(false);
  const titleId = useId();
  const inputId = useId();
  const errorId = useId();

  // Opened once on mount; the parent unmounts it to close, which also leaves the top layer.
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const href = normaliseLinkUrl(url);
    if (href === null) {
      setInvalid(true);
      return;
    }
    onSave(href);
  };

  return (
    <dialog ref={dialog} className="link-dialog" aria-labelledby={titleId} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={titleId} className="link-dialog__title">
          {t('link.title')}
        </h2>
        <label htmlFor={inputId}>{t('link.url')}</label>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="url"
          value={url}
          onChange={(event) => {
            setUrl(event.target.value);
            setInvalid(false);
          }}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
        />
        {invalid && (
          <p id={errorId} className="form-error">
            {t('link.invalid')}
          </p>
        )}
        <div className="link-dialog__actions">
          <button type="submit" className="button button--primary">
            {t('link.save')}
          </button>
          {initialUrl !== '' && (
            <button type="button" className="button" onClick={onRemove}>
              {t('link.remove')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('link.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
