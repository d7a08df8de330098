import { describe, it, expect } from 'vitest';
import { markdownToText } from './read-markdown.js';

describe('markdownToText', () => {
  it('numbers named footnotes after the numeric ones and adds a Notes heading', () => {
    const { text } = markdownToText(
      'ISKP claimed the attack.[^2] Iran named a Tajik bomber.[^iran]\n\n[^2]: “Claim,” Amaq, 2024.\n[^iran]: “Bomber Named,” IRNA, 2024.\n',
    );
    expect(text).toBe('ISKP claimed the attack.[2] Iran named a Tajik bomber.[3]\n\nNotes\n[2] “Claim,” Amaq, 2024.\n[3] “Bomber Named,” IRNA, 2024.');
  });

  it('strips headings, emphasis, links and images, joining wrapped paragraph lines', () => {
    const { text, heading } = markdownToText('# Title\n\nThe **group** is *probably*\nbased in [Kunar](https://x.org).\n\n![map](m.png)\n- one\n- two');
    expect(heading).toBe('Title');
    expect(text).toBe('Title\n\nThe group is probably based in Kunar.\n\n• one\n• two');
  });
});
