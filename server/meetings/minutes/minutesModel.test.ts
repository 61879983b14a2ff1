import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addAgendaItem, putGuest, readMeeting, setAttendance, setMeetingMeta } from '../../../shared/meeting';
import type { MeetingChange } from './minutesChanges';
import { approvedSnapshot, buildMinutes, readApprovedSnapshot, type MinutesFacts } from './minutesModel';

function meeting() {
  const doc = new Y.Doc();
  setMeetingMeta(doc, { title: 'Kokous', startsAt: '2026-03-12T12:00:00.000Z', planId: 'p1', state: 'closed' });
  const area = addAgendaItem(doc, { kind: 'focusArea', targetId: 'fa1', title: 'Liikkuminen' });
  const measure = addAgendaItem(doc, { kind: 'measure', targetId: 'm1', title: 'Liikuntaneuvonta' });
  addAgendaItem(doc, { kind: 'free', title: 'Muut asiat' });
  return { doc, area, measure };
}

const change = (entity: MeetingChange['entity'], entityId: string, field: string, from: string | null, to: string | null): MeetingChange => ({
  at: '2026-03-12T12:10:00.000Z',
  by: 'Maija',
  entity,
  entityId,
  field,
  from,
  to,
});

const facts = (changes: MeetingChange[]): MinutesFacts => ({
  groupName: 'Ryhmä',
  planTitle: 'Suunnitelma',
  people: { u1: 'Maija', u2: 'Seppo', u3: 'Ville' },
  memberIds: ['u1', 'u2', 'u3'],
  measures: { m1: { title: 'Liikuntaneuvonta', goalId: 'g1', focusAreaId: 'fa1' }, m2: { title: 'Koululiikunta', goalId: 'g1', focusAreaId: 'fa1' }, m9: { title: 'Muualla', goalId: 'g9', focusAreaId: 'fa9' } },
  goals: { g1: { title: 'Enemmän liikettä', focusAreaId: 'fa1' }, g2: { title: 'Uusi tavoite', focusAreaId: 'fa1' }, g9: { title: 'Muu', focusAreaId: 'fa9' } },
  focusAreas: { fa1: { title: 'Liikkuminen' }, fa9: { title: 'Muu alue' } },
  changes,
});

describe('minutes', () => {
  it('lists each change under the item about its measure, else its goal or focus area, else apart; in words', () => {
    const { doc, area, measure } = meeting();
    const minutes = buildMinutes(
      readMeeting(doc),
      facts([
        change('measure', 'm1', 'status', 'unassessed', 'done'),
        change('measure', 'm2', 'statusNote', '', 'Hyvä alku'),
        change('measure', 'm2', 'goalId', 'g1', 'g2'),
        change('goal', 'g2', 'created', null, 'Uusi tavoite'),
        change('measure', 'm9', 'deleted', 'Muualla', null),
        change('measure', 'gone', 'deleted', 'Poistettu toimenpide', null),
      ]),
      { approved: false },
    );
    const byId = new Map(minutes.items.map((item) => [item.id, item.changes]));
    expect(byId.get(measure)).toEqual(['Liikuntaneuvonta – tila: ennen Ei arvioitu, nyt Valmis (Maija)']);
    expect(byId.get(area)).toEqual([
      'Koululiikunta – tilan kuvaus: ennen –, nyt ”Hyvä alku” (Maija)',
      'Koululiikunta – tavoite: ennen ”Enemmän liikettä”, nyt ”Uusi tavoite” (Maija)',
      'Uusi tavoite: lisätty (Maija)',
    ]);
    expect(minutes.otherChanges).toEqual(['Muualla: poistettu (Maija)', 'Poistettu toimenpide: poistettu (Maija)']);
    const extract = buildMinutes(readMeeting(doc), facts([change('measure', 'm9', 'status', null, 'done')]), { approved: true, itemId: measure });
    expect(extract.items.map((i) => i.id)).toEqual([measure]);
    expect(extract.otherChanges).toEqual([]);
  });

  it('cuts a long text value', () => {
    const { doc, measure } = meeting();
    const [line] = buildMinutes(readMeeting(doc), facts([change('measure', 'm1', 'statusNote', '', 'x'.repeat(500))]), { approved: false }).items.find((i) => i.id === measure)!.changes;
    expect(line!.length).toBeLessThan(260);
    expect(line).toContain('x…”');
  });

  it('says who attended how: a deputy for whom, an absent member by whom replaced, the unmarked as such; guests with their organisation', () => {
    const { doc } = meeting();
    setAttendance(doc, 'u1', 'present');
    setAttendance(doc, 'u3', 'deputy', 'u2');
    putGuest(doc, { name: 'Vieras', note: 'THL' });
    const minutes = buildMinutes(readMeeting(doc), facts([]), { approved: false });
    expect(minutes.attendance).toEqual([
      { name: 'Maija', attendance: 'Läsnä' },
      { name: 'Seppo', attendance: 'Poissa, varajäsen Ville' },
      { name: 'Ville', attendance: 'Varajäsenenä, varsinainen jäsen Seppo' },
    ]);
    setAttendance(doc, 'u3', 'absent');
    expect(buildMinutes(readMeeting(doc), facts([]), { approved: false }).attendance[1]).toEqual({ name: 'Seppo', attendance: 'Ei merkitty' });
    expect(minutes.guests).toEqual([{ name: 'Vieras', note: 'THL' }]);
  });

  it('reads the facts an approval stored, also those of the first version (status changes only)', () => {
    const { doc, measure } = meeting();
    const state = Y.encodeStateAsUpdate(doc);
    const current = readApprovedSnapshot(approvedSnapshot(state, facts([change('measure', 'm1', 'status', null, 'done')])));
    expect(buildMinutes(current.data, current.facts, { approved: true }).items.find((i) => i.id === measure)!.changes).toHaveLength(1);

    const legacy = new Y.Doc();
    Y.applyUpdate(legacy, state);
    legacy.getMap('approval').set('minutesFacts', {
      groupName: 'Ryhmä',
      planTitle: 'Suunnitelma',
      people: {},
      memberIds: [],
      measures: { m1: { title: 'Liikuntaneuvonta', goalId: 'g1', focusAreaId: 'fa1' } },
      statusChanges: [{ at: '2026-03-12T12:10:00.000Z', by: 'Maija', measureId: 'm1', from: 'unassessed', to: 'started' }],
    });
    const old = readApprovedSnapshot(Y.encodeStateAsUpdate(legacy));
    expect(buildMinutes(old.data, old.facts, { approved: true }).items.find((i) => i.id === measure)!.changes).toEqual([
      'Liikuntaneuvonta – tila: ennen Ei arvioitu, nyt Aloitettu (Maija)',
    ]);
  });
});
