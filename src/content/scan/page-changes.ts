/**
 * Turns mutation records into what must be read again: the text nodes that
 * left the page, and the smallest blocks whose text changed. Past a large
 * batch it asks for a full rescan instead, as reading the records would cost
 * more than reading the page.
 */
import { composedParent } from './dom-tree';
import { INLINE, kindOf, nearestBlock, SKIP } from './skip-rules';
import { isBackstoryNode } from '../page/own-ui';

/** What changed in the page since the last batch. */
export interface PageChanges {
  /** Read the whole page again. */
  isFull: boolean;
  /** Text nodes that left the page: their mentions go. */
  removed: Set<Text>;
  /** Blocks to read again, none inside another. */
  scopes: Set<Node>;
}

/** An empty set of changes. */
export function noChanges(): PageChanges {
  return { isFull: false, removed: new Set(), scopes: new Set() };
}

/** Past this many records a batch is a full rescan (Dark Reader's HUGE_MUTATIONS_COUNT). */
export const HUGE_BATCH = 1000;

function collectTexts(node: Node, into: Set<Text>): void {
  if (node.nodeType === Node.TEXT_NODE) {
    into.add(node as Text);
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
  const doc = node.ownerDocument;
  if (doc === null) return;
  const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) into.add(text as Text);
}

function isPageRoot(node: Node): boolean {
  const doc = node.ownerDocument;
  return node.nodeType === Node.DOCUMENT_NODE || node === doc?.documentElement || node === doc?.body;
}

function addScope(changes: PageChanges, scope: Node): void {
  if (scope.nodeType === Node.ELEMENT_NODE && kindOf((scope as Element).localName) === SKIP) return;
  if (isPageRoot(scope)) changes.isFull = true;
  else changes.scopes.add(scope);
}

function addRecord(changes: PageChanges, record: MutationRecord): void {
  const target = record.target;
  // Once a full rescan is due, the rest of the batch adds nothing.
  if (changes.isFull || isBackstoryNode(target)) return;
  if (record.type === 'characterData') {
    addScope(changes, nearestBlock(target));
    return;
  }
  if (record.type !== 'childList') return;
  let isInlineChange = false;
  for (const node of record.removedNodes) {
    collectTexts(node, changes.removed);
    if (node.nodeType === Node.TEXT_NODE || isInline(node)) isInlineChange = true;
  }
  for (const node of record.addedNodes) {
    if (isBackstoryNode(node)) continue;
    if (node.nodeType === Node.TEXT_NODE || isInline(node)) isInlineChange = true;
    else if (node.nodeType === Node.ELEMENT_NODE) addScope(changes, node);
  }
  // Inline content joins the text around it: the block it sits in is read again.
  if (isInlineChange) addScope(changes, nearestBlock(target));
}

function isInline(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && kindOf((node as Element).localName) === INLINE;
}

/** Adds a batch of records to `changes`. */
export function addRecords(changes: PageChanges, records: readonly MutationRecord[]): void {
  if (changes.isFull) return;
  if (records.length > HUGE_BATCH) {
    changes.isFull = true;
    return;
  }
  for (const record of records) addRecord(changes, record);
}

/** Drops scopes that left the page or lie inside another scope. */
export function pruneScopes(scopes: Set<Node>): Node[] {
  const kept: Node[] = [];
  for (const scope of scopes) {
    if (!scope.isConnected) continue;
    let isNested = false;
    for (let parent = composedParent(scope); parent !== null; parent = composedParent(parent)) {
      if (scopes.has(parent)) {
        isNested = true;
        break;
      }
    }
    if (!isNested) kept.push(scope);
  }
  return kept;
}
