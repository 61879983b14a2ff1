import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/react';
import { useRovingFocus } from '../components/useRovingFocus';
import { ToolbarButton } from './ToolbarButton';
import { LinkDialog } from './LinkDialog';
import { IndicatorChartDialog } from './IndicatorChartDialog';
import type { PlanIndicatorData } from '../indicators/planIndicatorData';
import { HEADING_LEVELS, useToolbarState } from './useToolbarState';

interface Props {
  editor: Editor;
  controls: string;
  /** Buttons beyond formatting (commenting on the selection), as the last group. */
  children?: ReactNode;
  /** The plan's indicators, for charts in the text; without them there is no chart button. */
  indicators?: PlanIndicatorData;
}

/** The formatting toolbar; the link dialog sits beside it so its buttons are not toolbar items. */
export function Toolbar({ editor, controls, children, indicators }: Props) {
  const { t } = useTranslation();
  const state = useToolbarState(editor);
  const roving = useRovingFocus<HTMLDivElement>();
  const [linkUrl, setLinkUrl] = useState<string | null>(null);
  const [choosingChart, setChoosingChart] = useState(false);
  const run = () => editor.chain().focus();
  const headingActive = { 2: state.heading2, 3: state.heading3, 4: state.heading4 };

  const saveLink = (href: string) => {
    setLinkUrl(null);
    if (editor.state.selection.empty && !state.link) {
      // Nothing selected: the address itself becomes the link text.
      run().insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      run().extendMarkRange('link').setLink({ href }).run();
    }
  };

  return (
    <>
      <div role="toolbar" aria-label={t('toolbar.label')} aria-controls={controls} className="toolbar" {...roving}>
        <div className="toolbar__group">
          <ToolbarButton
            icon="bold"
            label={t('toolbar.bold')}
            pressed={state.bold}
            onPress={() => run().toggleBold().run()}
          />
          <ToolbarButton
            icon="italic"
            label={t('toolbar.italic')}
            pressed={state.italic}
            onPress={() => run().toggleItalic().run()}
          />
        </div>
        <div className="toolbar__group">
          {HEADING_LEVELS.map((level) => (
            <ToolbarButton
              key={level}
              icon={`heading${level}`}
              label={t('toolbar.heading', { level })}
              pressed={headingActive[level]}
              onPress={() => run().toggleHeading({ level }).run()}
            />
          ))}
        </div>
        <div className="toolbar__group">
          <ToolbarButton
            icon="bulletList"
            label={t('toolbar.bulletList')}
            pressed={state.bulletList}
            onPress={() => run().toggleBulletList().run()}
          />
          <ToolbarButton
            icon="orderedList"
            label={t('toolbar.orderedList')}
            pressed={state.orderedList}
            onPress={() => run().toggleOrderedList().run()}
          />
          <ToolbarButton
            icon="link"
            label={t('toolbar.link')}
            pressed={state.link}
            onPress={() => setLinkUrl((editor.getAttributes('link').href as string | undefined) ?? '')}
          />
        </div>
        <div className="toolbar__group">
          <ToolbarButton
            icon="table"
            label={t('toolbar.insertTable')}
            onPress={() => run().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
          />
          {indicators && <ToolbarButton icon="chart" label={t('indicatorChart.toolbar')} onPress={() => setChoosingChart(true)} />}
          {state.inTable && (
            <>
              <ToolbarButton icon="addRow" label={t('toolbar.addRow')} onPress={() => run().addRowAfter().run()} />
              <ToolbarButton icon="deleteRow" label={t('toolbar.deleteRow')} onPress={() => run().deleteRow().run()} />
              <ToolbarButton
                icon="addColumn"
                label={t('toolbar.addColumn')}
                onPress={() => run().addColumnAfter().run()}
              />
              <ToolbarButton
                icon="deleteColumn"
                label={t('toolbar.deleteColumn')}
                onPress={() => run().deleteColumn().run()}
              />
            </>
          )}
        </div>
        <div className="toolbar__group">
          <ToolbarButton
            icon="undo"
            label={t('toolbar.undo')}
            disabled={!state.canUndo}
            onPress={() => run().undo().run()}
          />
          <ToolbarButton
            icon="redo"
            label={t('toolbar.redo')}
            disabled={!state.canRedo}
            onPress={() => run().redo().run()}
          />
        </div>
        {children && <div className="toolbar__group">{children}</div>}
      </div>
      {choosingChart && indicators && (
        <IndicatorChartDialog
          indicators={indicators}
          onInsert={(indicatorId) => {
            setChoosingChart(false);
            run().insertIndicatorChart(indicatorId).run();
          }}
          onClose={() => {
            setChoosingChart(false);
            editor.commands.focus();
          }}
        />
      )}
      {linkUrl !== null && (
        <LinkDialog
          initialUrl={linkUrl}
          onSave={saveLink}
          onRemove={() => {
            setLinkUrl(null);
            run().extendMarkRange('link').unsetLink().run();
          }}
          onClose={() => {
            setLinkUrl(null);
            editor.commands.focus();
          }}
        />
      )}
    </>
  );
}
