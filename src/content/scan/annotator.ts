/**
 * Finds the mentions in the page and keeps the store and the highlights in
 * step: a full scan in chunks, and rescans of the blocks that changed. All
 * work is sliced; an aborted signal stops it between slices.
 */
import { copyMatchState, createMatchState, type MatchState, type Mention } from '../../core/match/types';
import type { FoundMention } from '../mentions/mention';
import { type EntityInfo, locateMentions } from './locate-mentions';
import type { MentionStore } from '../mentions/mention-store';
import { OffSwitches } from './off-switches';
import type { Painter } from '../paint/painter';
import { isDocumentEditable, isInSkippedSubtree } from './skip-rules';
import type { Slicer } from './slicer';
import { TextWalk, type TextChunk } from './text-walk';

/** What finds mentions in text: the matcher, and what it knows of each entity. */
export interface Recogniser {
  find(text: string, state: MatchState): readonly Mention[];
  entity(entityId: string): EntityInfo | undefined;
}

/** What the annotator works with. */
export interface AnnotatorDeps {
  doc: Document;
  store: MentionStore;
  painter: Painter;
  slicer: Slicer;
  recogniser: Recogniser;
  /** Called for each open shadow root read, saying whether mentions were found in it (its styles then need the rules). */
  onShadowRoot?: (root: ShadowRoot, hasMentions: boolean) => void;
  maxChunkChars?: number;
}

/** Scans the page and rescans what changed. */
export class Annotator {
  private state: MatchState = createMatchState();
  // Read afresh by each scan and rescan: a subtree may have been switched off (or on) since.
  private offSwitches = new OffSwitches();
  // The text each rescanned block had and what was found in it: unchanged text is not matched again.
  private lastRead = new WeakMap<Node, { text: string; mentions: readonly Mention[] }>();

  constructor(private readonly deps: AnnotatorDeps) {}

  /** Swaps the recogniser (dictionaries changed); the caller rescans. */
  setRecogniser(recogniser: Recogniser): void {
    this.deps.recogniser = recogniser;
    this.lastRead = new WeakMap();
  }

  /** Forgets everything and reads the whole document again. */
  async scanAll(signal: AbortSignal): Promise<void> {
    const { doc, store, painter, slicer } = this.deps;
    slicer.begin();
    this.state = createMatchState();
    this.offSwitches = new OffSwitches();
    painter.unpaint(store.clear());
    if (isDocumentEditable(doc)) {
      painter.repaint();
      return;
    }
    const walk = new TextWalk(doc, this.deps.maxChunkChars);
    for (let chunk = walk.next(); chunk !== null; chunk = walk.next()) {
      store.append(this.read(chunk).found);
      if (slicer.isDue()) {
        await slicer.yield();
        if (signal.aborted) return;
      }
    }
    // Painted once, at the end: each change to the highlights costs a frame in proportion to all their ranges.
    await painter.repaintInSlices(() => (slicer.isDue() ? slicer.yield().then(() => !signal.aborted) : null));
  }

  /** Reads `scopes` (blocks whose text changed) again and replaces their mentions. */
  async rescan(scopes: readonly Node[], signal: AbortSignal): Promise<void> {
    const { store, painter, slicer } = this.deps;
    slicer.begin();
    this.offSwitches = new OffSwitches();
    for (const scope of scopes) {
      const found = scope.isConnected && !isInSkippedSubtree(scope) ? this.readScope(scope) : [];
      painter.unpaint(store.replaceWithin(scope, found));
      if (slicer.isDue()) {
        await slicer.yield();
        if (signal.aborted) return;
      }
    }
    painter.repaint();
  }

  private readScope(scope: Node): FoundMention[] {
    if (!isWalkRoot(scope)) return [];
    const walk = new TextWalk(scope, this.deps.maxChunkChars);
    const chunks: TextChunk[] = [];
    for (let chunk = walk.next(); chunk !== null; chunk = walk.next()) chunks.push(chunk);
    const only = chunks.length === 1 ? chunks[0] : undefined;
    if (only !== undefined) {
      const last = this.lastRead.get(scope);
      const { mentions, found } = this.read(only, last?.text === only.text ? last.mentions : undefined);
      this.lastRead.set(scope, { text: only.text, mentions });
      return found;
    }
    this.lastRead.delete(scope);
    return chunks.flatMap((chunk) => this.read(chunk).found);
  }

  /**
   * The mentions in `chunk` (matched now, or `known` from an earlier read of
   * the same text), found and located, none of them in a switched-off
   * subtree. Text there must not count at all (a full name in an editor
   * would let a surname stand later), so a chunk with mentions there is read
   * again with that text blanked out.
   */
  private read(
    chunk: TextChunk,
    known?: readonly Mention[],
  ): { mentions: readonly Mention[]; found: FoundMention[] } {
    const before = copyMatchState(this.state);
    let mentions = known ?? this.deps.recogniser.find(chunk.text, this.state);
    const located = this.locate(chunk, mentions);
    let found = this.offSwitches.sift(located);
    if (found.length < located.length) {
      this.state = before;
      // Blanked text holds no name, so what this finds needs no sifting.
      mentions = this.deps.recogniser.find(this.offSwitches.blankOut(chunk), this.state);
      found = this.locate(chunk, mentions);
    }
    this.reportShadowRoots(chunk, found);
    return { mentions, found };
  }

  private locate(chunk: TextChunk, mentions: readonly Mention[]): FoundMention[] {
    return locateMentions(chunk, mentions, (id) => this.deps.recogniser.entity(id));
  }

  private reportShadowRoots(chunk: TextChunk, found: readonly FoundMention[]): void {
    const onShadowRoot = this.deps.onShadowRoot;
    if (chunk.shadowRoots.length === 0 || !onShadowRoot) return;
    const withMentions = new Set<Node>();
    for (const mention of found) {
      const root = mention.startNode.getRootNode();
      if (root !== this.deps.doc) withMentions.add(root);
    }
    for (const root of chunk.shadowRoots) onShadowRoot(root, withMentions.has(root));
  }
}

function isWalkRoot(node: Node): node is Document | ShadowRoot | Element {
  return node.nodeType === 1 || node.nodeType === 9 || node.nodeType === 11;
}
