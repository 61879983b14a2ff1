import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { InputField } from '../components/FormField';
import { addLocalIndicator } from './api';
import type { RunChange } from './runChange';
import { useLanguage } from './useLanguage';

interface Props {
  planId: string;
  run: RunChange;
  onAdded: () => Promise<void>;
}

/** One of the municipality's own indicators, whose figures people enter year by year. */
export function LocalIndicatorForm({ planId, run, onAdded }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [title, setTitle] = useState('');
  const [unit, setUnit] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = title.trim();
    if (name === '') return;
    const done = await run(() => addLocalIndicator(planId, name, unit.trim(), lang), { done: t('indicators.add.added', { title: name }) });
    if (done) {
      setTitle('');
      setUnit('');
      await onAdded();
    }
  };

  return (
    <form className="form indicators__local-form" onSubmit={(event) => void submit(event)}>
      <h3>{t('indicators.add.localTitle')}</h3>
      <InputField label={t('indicators.add.localName')} required maxLength={300} value={title} onValue={setTitle} />
      <InputField label={t('indicators.add.localUnit')} hint={t('indicators.add.localUnitHint')} maxLength={100} value={unit} onValue={setUnit} />
      <div>
        <button type="submit" className="button">
          {t('indicators.add.localAdd')}
        </button>
      </div>
    </form>
  );
}
