import type { feedbackFi } from './feedback.fi';

export const feedbackEn: typeof feedbackFi = {
  badRequest: 'Something in the details is wrong. Check them and try again.',
  forbidden: 'You may not do this.',
  notFound: 'It was not found any more: someone may have removed it. Reload the page.',
  conflict: 'The change conflicts with the current data.',
  rateLimited: 'Too many attempts. Wait a moment and try again.',
  network: 'The server could not be reached. Check the network connection and try again.',
  failed: 'That did not work. Please try again.',
  cancel: 'Cancel',
  close: 'Close',
};
