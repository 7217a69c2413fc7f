import { BusinessDate, errorCodeOf, Money } from '@civic/domain-kernel';
import { BurialRule, useTermEnd } from './burial-rules';
import { Cemetery } from './cemetery';
import { Plot } from './plot';

const rule: BurialRule = {
  smallPlotZonesFrom: BusinessDate.parse('2021-01-01'),
  maxPlotAreaM2: 0.6,
  useTermYears: 20,
  useTermBurialTypes: ['plot', 'wall-niche'],
};
const d = (text: string) => BusinessDate.parse(text);
const today = d('2026-03-05');
const cemetery = () => Cemetery.register({ id: 'c1', name: ' 福寿园 ', kind: 'commercial', divisionCode: '310118001' });

describe('cemetery (公墓), zones and plots', () => {
  it('a zone opened under the rule limits its plots to 0.6 m²; an existing zone that opened before it keeps no limit', () => {
    const c = cemetery();
    const newer = c.openZone({ id: 'z1', code: 'A', burialType: 'plot' }, rule, today);
    const older = c.recordExistingZone(
      { id: 'z2', code: 'B', openedOn: d('2015-05-01'), burialType: 'plot', openingDocument: ' 沪民殡〔2015〕12号 ' },
      rule,
      today,
    );
    expect([newer.maxPlotAreaM2, older.maxPlotAreaM2]).toEqual([0.6, null]);
    expect([newer.openedOn.toString(), older.openingDocument]).toEqual(['2026-03-05', '沪民殡〔2015〕12号']);
    expect(errorCodeOf(() => Plot.addTo(newer, [{ id: 'p1', number: '1', areaM2: 0.61 }]))).toBe('PLOT.AREA_OVER_LIMIT');
    expect(Plot.addTo(older, [{ id: 'p2', number: '1', areaM2: 1.2 }])).toHaveLength(1);
    // Two decimals exactly as written: 0.29 and 0.58 (float noise under multiplication) are areas.
    expect(
      Plot.addTo(newer, [
        { id: 'p3', number: '3', areaM2: 0.29 },
        { id: 'p4', number: '4', areaM2: 0.58 },
      ]).map((p) => p.snapshot().areaM2),
    ).toEqual([0.29, 0.58]);
    expect(errorCodeOf(() => Plot.addTo(newer, [{ id: 'p5', number: '5', areaM2: 0.125 }]))).toBe('PLOT.AREA_INVALID');
    expect(errorCodeOf(() => c.openZone({ id: 'z3', code: 'A', burialType: 'tree' }, rule, today))).toBe('ZONE.EXISTS');
    expect(c.pullChanges().map((ch) => ch.kind)).toEqual(['registered', 'zone-opened', 'zone-opened']);
  });

  it('cannot open a new zone with a date in the past (the 0.6 m² rule is not bypassed), nor record an existing one without its document', () => {
    const c = cemetery();
    expect(errorCodeOf(() => c.openZone({ id: 'z1', code: 'A', burialType: 'plot', openedOn: d('2015-05-01') }, rule, today))).toBe('ZONE.OPENS_TODAY');
    expect(c.openZone({ id: 'z1', code: 'A', burialType: 'plot', openedOn: today }, rule, today).maxPlotAreaM2).toBe(0.6);
    const existing = { id: 'z2', code: 'B', burialType: 'plot' as const, openingDocument: '沪民殡〔2015〕12号' };
    expect(errorCodeOf(() => c.recordExistingZone({ ...existing, openedOn: today }, rule, today))).toBe('ZONE.NOT_EXISTING');
    expect(errorCodeOf(() => c.recordExistingZone({ ...existing, openedOn: d('2015-05-01'), openingDocument: ' ' }, rule, today))).toBe(
      'ZONE.DOCUMENT_REQUIRED',
    );
  });

  it('knows a rural columbarium (农村公益性骨灰堂), which keeps ashes in niches only, and no other kind', () => {
    const columbarium = Cemetery.register({ id: 'c2', name: '某村骨灰堂', kind: 'rural-columbarium', divisionCode: '310151101' });
    const niches = { id: 'z1', code: 'N1', burialType: 'wall-niche' as const };
    expect(columbarium.openZone(niches, rule, today).code).toBe('N1');
    expect(errorCodeOf(() => columbarium.openZone({ ...niches, id: 'z2', code: 'P1', burialType: 'plot' }, rule, today))).toBe(
      'CEMETERY.COLUMBARIUM_NICHES_ONLY',
    );
    expect(errorCodeOf(() => Cemetery.register({ id: 'c3', name: 'x', kind: 'pet', divisionCode: '310151101' }))).toBe('CEMETERY.KIND_UNKNOWN');
  });

  it('refuses a plot number twice in one layout', () => {
    const zone = cemetery().openZone({ id: 'z1', code: 'A', burialType: 'plot' }, rule, today);
    expect(
      errorCodeOf(() =>
        Plot.addTo(zone, [
          { id: 'p1', number: '7', areaM2: 0.5 },
          { id: 'p2', number: '7', areaM2: 0.5 },
        ]),
      ),
    ).toBe('PLOT.NUMBER_REPEATED');
  });

  it('assigns a plot once, with the eco-burial subsidy of its type', () => {
    const zone = cemetery().openZone({ id: 'z1', code: 'S', burialType: 'sea' }, rule, today);
    const [plot] = Plot.addTo(zone, [{ id: 'p1', number: '1', areaM2: 0.1 }]);
    plot.assignTo('d1', BusinessDate.parse('2026-03-05'), Money.ofFen(300000));
    expect(plot.snapshot()).toMatchObject({ status: 'assigned', deathRecordId: 'd1' });
    expect(plot.snapshot().ecoSubsidy?.toString()).toBe('3000.00');
    expect(errorCodeOf(() => plot.assignTo('d2', BusinessDate.parse('2026-03-06'), null))).toBe('PLOT.ALREADY_ASSIGNED');
  });
});

describe('use terms (使用年限)', () => {
  it('end on the burial day 20 years on for a grave or a niche; a tree, lawn or sea burial has none', () => {
    expect(useTermEnd('plot', d('2026-03-05'), rule)?.toString()).toBe('2046-03-05');
    expect(useTermEnd('wall-niche', d('2024-02-29'), rule)?.toString()).toBe('2044-02-29');
    expect(useTermEnd('wall-niche', d('2024-02-29'), { ...rule, useTermYears: 1 })?.toString()).toBe('2025-02-28');
    expect(useTermEnd('sea', d('2026-03-05'), rule)).toBeNull();
  });
});

describe('double graves (双穴合葬)', () => {
  const zoneOf = (burialType: 'plot' | 'tree') => cemetery().openZone({ id: `z-${burialType}`, code: burialType.toUpperCase(), burialType }, rule, today);

  it('take the spouse of the first buried, and nobody else', () => {
    const [double, single] = Plot.addTo(zoneOf('plot'), [
      { id: 'p1', number: '1', areaM2: 0.6, double: true },
      { id: 'p2', number: '2', areaM2: 0.6 },
    ]);
    expect(errorCodeOf(() => double.addCompanion('d2', today, 'spouse'))).toBe('PLOT.NOT_YET_ASSIGNED');
    double.assignTo('d1', today, null, null);
    expect(errorCodeOf(() => double.addCompanion('d2', today, 'sibling'))).toBe('PLOT.JOINT_BURIAL_SPOUSES_ONLY');
    double.addCompanion('d2', d('2030-01-01'), 'spouse');
    expect(double.snapshot()).toMatchObject({ capacity: 2, deathRecordId: 'd1', companionDeathRecordId: 'd2', companionAssignedOn: d('2030-01-01') });
    expect(errorCodeOf(() => double.addCompanion('d3', today, 'spouse'))).toBe('PLOT.ALREADY_ASSIGNED');
    single.assignTo('d4', today, null, null);
    expect(errorCodeOf(() => single.addCompanion('d5', today, 'spouse'))).toBe('PLOT.ALREADY_ASSIGNED');
  });

  it('are graves only', () => {
    expect(errorCodeOf(() => Plot.addTo(zoneOf('tree'), [{ id: 'p3', number: '3', areaM2: 0.2, double: true }]))).toBe('PLOT.DOUBLE_ONLY_FOR_GRAVES');
  });
});
