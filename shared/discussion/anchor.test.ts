import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorInText, anchoredText, isAnchorInBody } from './anchor';

function planWithParagraph(text: string) {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  const xmlText = new Y.XmlText(text);
  paragraph.insert(0, [xmlText]);
  doc.getXmlFragment('body').insert(0, [paragraph]);
  return { doc, xmlText };
}

describe('text anchors of comment threads', () => {
  it('keep pointing at the same words after edits before, inside and after the passage', () => {
    const { doc, xmlText } = planWithParagraph('Liikuntapaikkojen esteettömyys paranee vuonna 2026.');
    const start = 'Liikuntapaikkojen '.length;
    const anchor = anchorInText(xmlText, start, 'esteettömyys paranee'.length);
    expect(anchoredText(doc, anchor)).toBe('esteettömyys paranee');

    xmlText.insert(0, 'Porvoossa ');
    expect(anchoredText(doc, anchor)).toBe('esteettömyys paranee');
    const inside = xmlText.toString().indexOf('paranee');
    xmlText.insert(inside, 'selvästi ');
    expect(anchoredText(doc, anchor)).toBe('esteettömyys selvästi paranee');
    // Typing right after the passage does not extend it.
    xmlText.insert(xmlText.toString().indexOf(' vuonna'), ' nopeasti');
    expect(anchoredText(doc, anchor)).toBe('esteettömyys selvästi paranee');
  });

  it('survives the same edits made concurrently by another copy of the document', () => {
    const { doc, xmlText } = planWithParagraph('Nuorten osallisuus vahvistuu.');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const anchor = anchorInText(xmlText, 'Nuorten '.length, 'osallisuus'.length);
    const otherText = (other.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    otherText.insert(0, 'Kaikkien ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(anchoredText(doc, anchor)).toBe('osallisuus');
  });

  it('reports deleted passages and foreign anchors instead of throwing', () => {
    const { doc, xmlText } = planWithParagraph('Poistuva lause.');
    const anchor = anchorInText(xmlText, 0, 'Poistuva'.length);
    expect(isAnchorInBody(doc, anchor)).toBe(true);
    expect(anchoredText(doc, { start: 'not base64!', end: '' })).toBeNull();
    expect(isAnchorInBody(doc, { start: 'AAAA', end: 'AAAA' })).toBe(false);
    xmlText.delete(0, xmlText.length);
    expect(anchoredText(doc, anchor)).toBe('');
  });
});
