/**
 * Puts the popup together in the page's fixed frame (popup.html): each part
 * fills its own container, so one can be redrawn without the others moving.
 */
import { fill } from './dom';
import { renderControls } from './controls-view';
import { renderDossier } from './dossier-view';
import { renderEntities } from './entities-view';
import { localise, type Translate } from '../shared/i18n';
import type { PopupActions, PopupModel, SummaryState } from './model';
import { renderSummary } from './summary-view';

/** The containers popup.html provides. */
export interface PopupFrame {
  tablist: HTMLElement;
  pageTitle: HTMLElement;
  controls: HTMLElement;
  entities: HTMLElement;
  summary: HTMLElement;
  dossier: HTMLElement;
}

function required(root: ParentNode, selector: string): HTMLElement {
  const element = root.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`popup.html lacks ${selector}.`);
  return element;
}

/** Finds the frame's containers and fills every element that names a message in `data-i18n`. */
export function prepareFrame(root: ParentNode, t: Translate): PopupFrame {
  localise(root, t);
  return {
    tablist: required(root, '[role="tablist"]'),
    pageTitle: required(root, '#page-title'),
    controls: required(root, '#controls'),
    entities: required(root, '#entities-body'),
    summary: required(root, '#summary-body'),
    dossier: required(root, '#dossier-body'),
  };
}

/** Keys ("dictionary/entity") of the entities whose details are open, kept across redraws. */
function openEntities(container: HTMLElement): Set<string> {
  const open = new Set<string>();
  for (const button of container.querySelectorAll('.entity-toggle[aria-expanded="true"]')) {
    const id = button.getAttribute('aria-controls');
    if (id) open.add(id);
  }
  return open;
}

/** Draws everything that depends on the tab's state (all but the summary). */
export function drawModel(frame: PopupFrame, model: PopupModel, t: Translate, actions: PopupActions): void {
  const wasOpen = openEntities(frame.entities);
  const doc = frame.entities.ownerDocument;
  const focused = doc.activeElement;
  const focusedId = focused !== null && frame.entities.contains(focused) ? focused.id : '';
  frame.pageTitle.textContent = model.state?.findings?.title ?? model.host ?? '';
  fill(frame.controls, renderControls(model, t, actions));
  fill(frame.entities, renderEntities(model, t, actions, wasOpen));
  // A control the keyboard was on (an article name's type or removal) keeps the focus across the redraw;
  // a removed name's goes to the first name of the list.
  if (focusedId !== '')
    (doc.getElementById(focusedId) ?? frame.entities.querySelector<HTMLElement>('.entity-toggle'))?.focus();
  fill(frame.dossier, renderDossier(model, t));
  frame.entities.closest('section')?.removeAttribute('aria-busy');
}

/** Draws the summary section. */
export function drawSummary(frame: PopupFrame, state: SummaryState, t: Translate): void {
  fill(frame.summary, renderSummary(state, t));
  const section = frame.summary.closest('section');
  if (state.kind === 'loading') section?.setAttribute('aria-busy', 'true');
  else section?.removeAttribute('aria-busy');
}
