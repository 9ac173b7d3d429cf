/**
 * "This page": how many mentions of how many entities, grouped by type; each
 * entity is a disclosure button that opens its role, its background and its
 * mentions in context. Choosing a mention reveals it on the page.
 */
import { ARTICLE_TYPES, type ArticleType } from '../core/article/article-edit';
import { ARTICLE_DICTIONARY_ID } from '../core/article/limits';
import type { Entity } from '../core/dictionary/types';
import type { MentionSnippet } from '../shared/messages';
import { h, type Child } from './dom';
import { groupFindings, type EntityGroup, type FoundEntity } from './entity-groups';
import type { Translate } from '../shared/i18n';
import { plural } from './i18n';
import type { PopupActions, PopupModel } from './model';
import { unsupportedMessageKey } from './page-support';
import { sanitiseBackground } from '../shared/sanitise';

const TYPE_KEYS: Record<string, string> = {
  person: 'popupTypePerson',
  place: 'popupTypePlace',
  organisation: 'popupTypeOrganisation',
  event: 'popupTypeEvent',
  project: 'popupTypeProject',
  other: 'popupTypeOther',
};

/** The heading of a type: a known one translated, a dictionary's own type spelt out ("trade-route": "Trade route"). */
export function typeLabel(t: Translate, type: string): string {
  const key = TYPE_KEYS[type];
  if (key) return t(key);
  const words = type.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function snippetButton(snippet: MentionSnippet, actions: PopupActions): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'mention' }, [
    snippet.before ? `…${snippet.before}` : '',
    h('mark', {}, [snippet.text]),
    snippet.after ? `${snippet.after}…` : '',
  ]);
  button.addEventListener('click', () => {
    actions.reveal(snippet.index);
  });
  return button;
}

const EDIT_TYPE_KEYS: Record<ArticleType, string> = {
  person: 'popupEditTypePerson',
  place: 'popupEditTypePlace',
  organisation: 'popupEditTypeOrganisation',
};

/** For a name the engine drew from the article: its type to change, and a button that removes it from the page. */
function articleEditor(entity: Entity, key: string, t: Translate, actions: PopupActions): HTMLElement {
  // Ids from the entity's key: a redraw (the page reports after every edit) gives focus back to the same control.
  const select = h(
    'select',
    { id: `${key}-type`, class: 'entity-type' },
    ARTICLE_TYPES.map((type) =>
      h('option', { value: type, selected: entity.type === type }, [t(EDIT_TYPE_KEYS[type])]),
    ),
  );
  select.addEventListener('change', () => {
    const type = ARTICLE_TYPES.find((known) => known === select.value);
    if (type !== undefined) actions.editArticle({ kind: 'retype', entityId: entity.id, type });
  });
  const remove = h(
    'button',
    {
      type: 'button',
      id: `${key}-remove`,
      class: 'entity-remove',
      'aria-label': t('popupEditRemoveNamed', entity.name),
    },
    [t('popupEditRemove')],
  );
  remove.addEventListener('click', () => {
    actions.editArticle({ kind: 'remove', entityId: entity.id });
  });
  return h('div', { class: 'entity-edit' }, [
    h('label', { for: select.id }, [t('popupEditType')]),
    select,
    remove,
  ]);
}

function details(found: FoundEntity, entity: Entity | null, t: Translate, actions: PopupActions): Child[] {
  const { snippets, count } = found.finding;
  const key = detailsId(found.finding.dictionaryId, found.finding.entityId);
  return [
    entity?.role ? h('p', { class: 'entity-role' }, [entity.role]) : null,
    entity?.background
      ? h('p', { class: 'entity-background' }, [sanitiseBackground(entity.background)])
      : null,
    entity !== null && found.finding.dictionaryId === ARTICLE_DICTIONARY_ID
      ? articleEditor(entity, key, t, actions)
      : null,
    h('h5', { class: 'mentions-heading' }, [t('popupMentionsHeading')]),
    h(
      'ol',
      { class: 'mentions' },
      snippets.map((s) => h('li', {}, [snippetButton(s, actions)])),
    ),
    snippets.length < count
      ? h('p', { class: 'more-mentions' }, [t('popupMoreMentions', String(count - snippets.length))])
      : null,
  ];
}

function entityItem(found: FoundEntity, t: Translate, actions: PopupActions, isOpen: boolean): HTMLLIElement {
  const { finding, entity } = found;
  const id = detailsId(finding.dictionaryId, finding.entityId);
  const button = h(
    'button',
    { type: 'button', class: 'entity-toggle', 'aria-expanded': String(isOpen), 'aria-controls': id },
    [
      h('span', { class: 'entity-name' }, [entity?.name ?? finding.entityId]),
      h('span', { class: 'entity-count' }, [
        h('span', { 'aria-hidden': 'true' }, [String(finding.count)]),
        h('span', { class: 'visually-hidden' }, [
          plural(t, finding.count, 'popupMentionCountOne', 'popupMentionCountMany'),
        ]),
      ]),
    ],
  );
  const panel = h(
    'div',
    { id, class: 'entity-details', hidden: !isOpen },
    details(found, entity, t, actions),
  );
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  });
  return h('li', { class: 'entity', 'data-entity': finding.entityId, 'data-type': entity?.type ?? 'other' }, [
    h('h4', { class: 'entity-heading' }, [button]),
    panel,
  ]);
}

/** The element id of an entity's details, also its key across redraws. */
export function detailsId(dictionaryId: string, entityId: string): string {
  return `entity-${dictionaryId}-${entityId}`;
}

function groupBlock(
  group: EntityGroup,
  model: PopupModel,
  t: Translate,
  actions: PopupActions,
  open: ReadonlySet<string>,
): HTMLElement {
  const isFocused = (f: FoundEntity): boolean =>
    open.has(detailsId(f.finding.dictionaryId, f.finding.entityId)) ||
    (model.focus?.entityId === f.finding.entityId &&
      (model.focus.dictionaryId === null || model.focus.dictionaryId === f.finding.dictionaryId));
  return h('div', { class: 'entity-group', 'data-type': group.type }, [
    h('h3', { class: 'group-heading' }, [typeLabel(t, group.type)]),
    h(
      'ul',
      { class: 'entity-list' },
      group.entities.map((f) => entityItem(f, t, actions, isFocused(f))),
    ),
  ]);
}

function notice(text: string): HTMLParagraphElement {
  return h('p', { class: 'notice' }, [text]);
}

/** The content of the "This page" section for `model`; entities in `open` (details ids) start open. */
export function renderEntities(
  model: PopupModel,
  t: Translate,
  actions: PopupActions,
  open: ReadonlySet<string> = new Set(),
): Child[] {
  if (model.unsupported) return [notice(t(unsupportedMessageKey(model.unsupported)))];
  const state = model.state;
  if (state === null) return [notice(t('popupNotScannedYet'))];
  if (state.inactive === 'site-off') return [notice(t('popupInactiveSiteOff'))];
  if (state.inactive === 'paused') return [notice(t('popupInactivePaused'))];
  if (state.inactive === 'page-opted-out') return [notice(t('popupInactiveOptedOut'))];
  const findings = state.findings;
  if (findings === null || findings.entities.length === 0) return [notice(t('popupNothingFound'))];
  const mentions = plural(t, findings.totalMentions, 'popupMentionCountOne', 'popupMentionCountMany');
  const entities = plural(t, findings.entities.length, 'popupEntityCountOne', 'popupEntityCountMany');
  return [
    h('p', { class: 'found-summary' }, [t('popupFoundSummary', [mentions, entities])]),
    ...groupFindings(findings, model.dictionaries).map((g) => groupBlock(g, model, t, actions, open)),
  ];
}
