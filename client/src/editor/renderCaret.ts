import { readableTextColor } from './readableTextColor';

/**
 * Another participant's caret with their name above it. Unlike the default
 * rendering it keeps the label legible on any user colour and hides the
 * decoration from assistive technology: it sits inside the editable text,
 * where a screen reader would otherwise read the name as part of the plan;
 * the presence list says who is here instead.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === 'string' ? user.color : '#595959';
  const name = typeof user.name === 'string' ? user.name : '';

  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = color;

  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = color;
  label.style.color = readableTextColor(color);
  label.textContent = name;

  caret.append(label);
  return caret;
}
