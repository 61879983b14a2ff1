import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Mark, type Node } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { MARK_RULES, NODE_RULES, hasOwn } from './planTextRules';

function markFits(mark: Mark): boolean {
  const rules = hasOwn(MARK_RULES, mark.type.name) ? MARK_RULES[mark.type.name] : undefined;
  return rules !== undefined && Object.entries(rules).every(([name, rule]) => rule.valid(mark.attrs[name]));
}

/** The node within the rules, or `null` when it lacks a required attribute (a chart without a valid indicator id) and is left out. */
function repairNode(node: Node): Node | null {
  const marks = node.marks.every(markFits) ? node.marks : node.marks.filter(markFits);
  if (node.isText) return marks === node.marks ? node : node.mark(marks);
  const rules = hasOwn(NODE_RULES, node.type.name) ? (NODE_RULES[node.type.name] ?? {}) : {};
  const attrs: Record<string, unknown> = { ...node.attrs };
  for (const [name, rule] of Object.entries(rules)) {
    if (rule.valid(attrs[name])) continue;
    const repaired = rule.repair(attrs[name]);
    if (repaired === undefined && rule.required) return null;
    attrs[name] = repaired === undefined ? (node.type.spec.attrs?.[name]?.default ?? null) : repaired;
  }
  return node.type.create(attrs, repairFragment(node.content), marks);
}

function repairFragment(fragment: Fragment): Fragment {
  const nodes: Node[] = [];
  fragment.forEach((node) => {
    const repaired = repairNode(node);
    if (repaired) nodes.push(repaired);
  });
  return Fragment.fromArray(nodes);
}

/**
 * What is pasted or dropped into the text keeps to `planTextRules.ts`: the
 * schema takes a copied `<td colspan="1000000000">` or `<ol start="abc">` as it
 * is, and the server would then refuse the edit that carries it, so the
 * writer's text could never be saved. Out-of-bounds values are repaired here,
 * before they reach the document.
 */
export const PasteGuard = Extension.create({
  name: 'pasteGuard',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('pasteGuard'),
        props: {
          transformPasted: (slice) => new Slice(repairFragment(slice.content), slice.openStart, slice.openEnd),
        },
      }),
    ];
  },
});
