import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { InputField } from '../components/FormField';
import { ModalDialog } from '../components/ModalDialog';
import { SubmitCancelActions } from '../components/SubmitCancelActions';
import { normaliseLinkUrl } from './linkUrl';

interface Props {
  /** The link's current address when the selection is in a link, else ''. */
  initialUrl: string;
  onSave: (url: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

/**
 * Asks for a link address in the app's modal dialog, which window.prompt()
 * would also do but without a label, styling or translation. Focus goes back
 * into the text, where the toolbar puts it, not to the toolbar button.
 */
export function LinkDialog({ initialUrl, onSave, onRemove, onClose }: Props) {
  const { t } = useTranslation();
  const [url, setUrl] = useState(initialUrl);
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();

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
    <ModalDialog title={t('link.title')} returnFocus={false} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <InputField
          label={t('link.url')}
          inputMode="url"
          autoComplete="url"
          value={url}
          onValue={(value) => {
            setUrl(value);
            setInvalid(false);
          }}
          invalid={invalid}
          describedBy={invalid ? errorId : undefined}
        />
        {invalid && (
          <p id={errorId} className="form-error">
            {t('link.invalid')}
          </p>
        )}
        <SubmitCancelActions submitLabel={t('link.save')} busy={false} onCancel={onClose}>
          {initialUrl !== '' && (
            <button type="button" className="button" onClick={onRemove}>
              {t('link.remove')}
            </button>
          )}
        </SubmitCancelActions>
      </form>
    </ModalDialog>
  );
}
