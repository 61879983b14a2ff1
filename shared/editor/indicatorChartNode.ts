/**
 * An indicator chart in the plan text: a block that names one of the plan's
 * indicators (`indicatorId`, an id of the plan document's `indicators` map)
 * and nothing else. Its figures are never copied into the text: every reader
 * draws the chart from the plan's indicator data when it shows the block, so
 * the block stays live as figures and targets change.
 *
 * It stands only between the text's top-level blocks (the document's content
 * is `(block | indicatorChart)+`), not in lists, quotes or table cells, where
 * a chart with its table does not fit; it is an atom (no text of its own),
 * selected and deleted as one piece.
 *
 * The browser editor gives it a node view (`planTextExtensions({
 * indicatorChartView })`); without one (the server's conversions, a read-only
 * copy) it is an empty `<figure data-indicator-chart>`.
 */
import { Node, mergeAttributes, type NodeViewRenderer } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';

export const INDICATOR_CHART = 'indicatorChart';

export interface IndicatorChartOptions {
  nodeView: NodeViewRenderer | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    indicatorChart: {
      /** Puts a chart of the indicator after the top-level block the selection is in (or at the end), and selects it. */
      insertIndicatorChart: (indicatorId: string) => ReturnType;
    };
  }
}

/** The plan text's top node: the ordinary blocks and, between them, indicator charts. */
export const PlanTextDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: `(block | ${INDICATOR_CHART})+`,
});

export const IndicatorChart = Node.create<IndicatorChartOptions>({
  name: INDICATOR_CHART,
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return { nodeView: null };
  },

  addAttributes() {
    return {
      indicatorId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-indicator-id'),
        renderHTML: (attributes) => ({ 'data-indicator-id': attributes.indicatorId as string | null }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-indicator-chart]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes, { 'data-indicator-chart': '' })];
  },

  addNodeView() {
    return this.options.nodeView;
  },

  addCommands() {
    return {
      insertIndicatorChart:
        (indicatorId) =>
        ({ state, tr, dispatch }) => {
          const type = state.schema.nodes[INDICATOR_CHART];
          if (!type) return false;
          const { $from } = state.selection;
          // After the top-level block the caret is in; the whole document's end when a top-level node is selected at the end.
          const at = $from.depth === 0 ? state.selection.to : $from.after(1);
          if (dispatch) {
            tr.insert(at, type.create({ indicatorId }));
            tr.setSelection(NodeSelection.create(tr.doc, at));
            tr.scrollIntoView();
          }
          return true;
        },
    };
  },
});
