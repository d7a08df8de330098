import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract-from-text.js';

const PARAGRAPHS = [
  '1. The threat from armed groups in the Sahel remained high during the period under review. Member States assessed that the group expanded its presence in the tri-border area in 2023, with an estimated 2,000 to 3,000 fighters.',
  '2. In March 2024, militants attacked a military post near Menaka, Mali, killing 17 soldiers. Malian authorities detained several suspects within days of the attack.',
  '3. One Member State reported that al-Shabaab continued to collect taxes in southern Somalia, while others noted that its leader, Ahmed Diriye, remained in the Jubba valley.',
];

describe('extractFromText', () => {
  it('reads every numbered paragraph of a UN-style report as body', () => {
    const text = `Report of the Monitoring Team\n\n${PARAGRAPHS.join('\n\n')}`;
    const { bodyEnd, extraction } = extractFromText(text);
    expect(bodyEnd).toBe(text.length);
    expect(extraction.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['al-Shabaab', 'Ahmed Diriye']));
  });

  it('leaves the endnotes after a report’s body out of the extraction', () => {
    const body = 'In March 2024, militants attacked a military post near Menaka, Mali, killing 17 soldiers.1 Malian authorities detained several suspects.2';
    const text = `${body}\n\nNotes\n1 “Attack near Menaka,” Example Wire, March 5, 2024.\n2 “Boko Haram suspects held,” Example Daily, 2024.`;
    const { bodyEnd, extraction } = extractFromText(text);
    expect(bodyEnd).toBe(body.length);
    expect(extraction.entities.map((e) => e.name)).not.toContain('Boko Haram');
  });
});
