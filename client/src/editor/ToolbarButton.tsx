import { Icon, type IconName } from './icons';

interface Props {
  label: string;
  icon: IconName;
  onPress: () => void;
  /** Toggle buttons (bold, a heading level…) tell whether the format is on; plain actions leave it out. */
  pressed?: boolean;
  disabled?: boolean;
}

/**
 * A toolbar button. Unavailable actions use aria-disabled rather than
 * `disabled`, so they stay reachable with the arrow keys and are announced.
 */
export function ToolbarButton({ label, icon, onPress, pressed, disabled = false }: Props) {
  return (
    <button
      type="button"
      className="toolbar__button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      aria-disabled={disabled || undefined}
      // Keep the editor's selection: a mouse press would otherwise move focus first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        if (!disabled) onPress();
      }}
    >
      <Icon name={icon} />
    </button>
  );
}
