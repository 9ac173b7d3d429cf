// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { painted, startController, type ControllerRig } from './controller-rig';
import { fill } from './rig';

let rig: ControllerRig | null = null;

beforeEach(() => {
  document.head.replaceChildren();
});
afterEach(() => {
  rig?.stop();
  rig = null;
});

describe('a story speaks only where it is the story', () => {
  test('places alone are neither painted nor reported', async () => {
    fill('<p>Flights from Dushanbe to Tajikistan’s north.</p><p>Tajikistan again.</p>');
    rig = await startController({}, { alwaysSpeaking: new Set() });
    expect(rig.controller.store.foundMentions()).toHaveLength(3);
    expect(painted(rig)).toEqual([]);
    expect(rig.controller.findings()?.entities).toEqual([]);
  });

  test('a name the article on the page names itself is painted even where its story is not the page’s', async () => {
    fill('<p>Flights from Dushanbe to Tajikistan’s north.</p>');
    rig = await startController(
      {},
      { alwaysSpeaking: new Set(), alsoSpeaks: (_, entityId) => entityId === 'tajikistan' },
    );
    expect(painted(rig).map(([, id]) => id)).toEqual(['tajikistan']);
    expect(rig.controller.findings()?.entities.map((e) => e.entityId)).toEqual(['tajikistan']);
  });

  test('two names of the story that are not places let all of its names speak', async () => {
    fill('<p>In Dushanbe, the SCO met.</p><p>Tajikistan and the Rogun project.</p>');
    rig = await startController({}, { alwaysSpeaking: new Set() });
    expect(painted(rig).map(([, id]) => id)).toEqual(['dushanbe', 'sco', 'tajikistan', 'rogun']);
    expect(rig.controller.findings()?.entities.map((e) => e.entityId)).toHaveLength(4);
  });

  test('a second name arriving later lets the earlier ones speak too', async () => {
    fill('<p>In Dushanbe, the SCO met.</p><div id="feed"></div>');
    rig = await startController({}, { alwaysSpeaking: new Set() });
    expect(painted(rig)).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'Vladimir Putin came.';
    document.getElementById('feed')?.append(p);
    await rig.settle();
    expect(painted(rig).map(([, id]) => id)).toEqual(['dushanbe', 'sco', 'vladimir-putin']);
  });
});
