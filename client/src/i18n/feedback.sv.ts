import type { feedbackFi } from './feedback.fi';

export const feedbackSv: typeof feedbackFi = {
  badRequest: 'Uppgifterna innehåller ett fel. Kontrollera dem och försök igen.',
  forbidden: 'Du har inte behörighet till detta.',
  notFound: 'Det hittades inte längre: någon har kanske tagit bort det. Ladda om sidan.',
  conflict: 'Ändringen står i konflikt med de nuvarande uppgifterna.',
  rateLimited: 'För många försök. Vänta en stund och försök igen.',
  network: 'Ingen förbindelse med servern. Kontrollera nätverket och försök igen.',
  failed: 'Åtgärden misslyckades. Försök igen.',
  cancel: 'Avbryt',
  close: 'Stäng',
};
