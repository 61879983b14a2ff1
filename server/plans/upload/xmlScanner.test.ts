import { describe, expect, it } from 'vitest';
import { XmlFormatError, XmlScanner } from './xmlScanner';

/** The scanner's events as one list of strings, text runs joined. */
function eventsOf(chunks: string[]): string[] {
  const events: string[] = [];
  const scanner = new XmlScanner({
    open: (name, attributes, selfClosing) => events.push(`<${name} ${JSON.stringify(attributes)}${selfClosing ? '/' : ''}>`),
    close: (name) => events.push(`</${name}>`),
    text: (text) => {
      const last = events.length - 1;
      if (events[last]?.startsWith('text:')) events[last] += text;
      else events.push(`text:${text}`);
    },
  });
  for (const chunk of chunks) scanner.write(chunk);
  scanner.end();
  return events;
}

const XML =
  '<?xml version="1.0"?>\n<x:worksheet xmlns:x="urn:x"><!-- a > comment --><row r="1" note=\'a > b\'>' +
  '<c r="A1" t="inlineStr"><is><t>Tom &amp; Jerry &lt;3 &#228;&#x1F600; &unknown;</t></is></c>' +
  '<c r="B1"><v><![CDATA[<raw & kept>]]></v></c><c r="C1"/></row></x:worksheet>';

describe('XmlScanner', () => {
  it('reports tags, attributes and text with entities resolved', () => {
    expect(eventsOf([XML])).toEqual([
      'text:\n',
      '<worksheet {"x":"urn:x"}>',
      '<row {"r":"1","note":"a > b"}>',
      '<c {"r":"A1","t":"inlineStr"}>',
      '<is {}>',
      '<t {}>',
      'text:Tom & Jerry <3 ä😀 &unknown;',
      '</t>',
      '</is>',
      '</c>',
      '<c {"r":"B1"}>',
      '<v {}>',
      'text:<raw & kept>',
      '</v>',
      '</c>',
      '<c {"r":"C1"}/>',
      '</c>',
      '</row>',
      '</worksheet>',
    ]);
  });

  it('gives the same events however the text is cut into chunks', () => {
    const whole = eventsOf([XML]);
    for (const size of [1, 2, 3, 7, 13]) {
      const chunks = Array.from({ length: Math.ceil(XML.length / size) }, (_, i) => XML.slice(i * size, (i + 1) * size));
      expect(eventsOf(chunks)).toEqual(whole);
    }
  });

  it('refuses a DOCTYPE (no entity expansion), a tag without end and XML that stops inside a tag', () => {
    expect(() => eventsOf(['<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'])).toThrow(XmlFormatError);
    expect(() => eventsOf([`<row r="${'1'.repeat(70_000)}`])).toThrow(/tag longer than/);
    expect(() => eventsOf(['<row><c r="A1"'])).toThrow(/ends inside a tag/);
  });
});
