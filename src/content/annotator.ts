/**
 * Finds the mentions in the page and keeps the store and the highlights in
 * step: a full scan in chunks, and rescans of the blocks that changed. All
 * work is sliced; an aborted signal stops it between slices.
 */
import { createMatchState, type MatchState, type Mention } from '../core/match/types';
import { type EntityInfo, locateMentions } from './found-mention';
import type { MentionStore } from './mention-store';
import { OffSwitches } from './off-switches';
import type { Painter } from './painter';
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
      store.append(this.locate(chunk, this.deps.recogniser.find(chunk.text, this.state)));
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

  private readScope(scope: Node): ReturnType<typeof locateMentions> {
    if (!isWalkRoot(scope)) return [];
    const walk = new TextWalk(scope, this.deps.maxChunkChars);
    const chunks: TextChunk[] = [];
    for (let chunk = walk.next(); chunk !== null; chunk = walk.next()) chunks.push(chunk);
    const only = chunks.length === 1 ? chunks[0] : undefined;
    if (only !== undefined) {
      const last = this.lastRead.get(scope);
      const mentions =
        last?.text === only.text ? last.mentions : this.deps.recogniser.find(only.text, this.state);
      this.lastRead.set(scope, { text: only.text, mentions });
      return this.locate(only, mentions);
    }
    this.lastRead.delete(scope);
    return chunks.flatMap((chunk) => this.locate(chunk, this.deps.recogniser.find(chunk.text, this.state)));
  }

  private locate(chunk: TextChunk, mentions: readonly Mention[]): ReturnType<typeof locateMentions> {
    const found = this.offSwitches.sift(
      locateMentions(chunk, mentions, (id) => this.deps.recogniser.entity(id)),
    );
    const onShadowRoot = this.deps.onShadowRoot;
    if (chunk.shadowRoots.length > 0 && onShadowRoot) {
      const withMentions = new Set<Node>();
      for (const mention of found) {
        const root = mention.startNode.getRootNode();
        if (root !== this.deps.doc) withMentions.add(root);
      }
      for (const root of chunk.shadowRoots) onShadowRoot(root, withMentions.has(root));
    }
    return found;
  }
}

function isWalkRoot(node: Node): node is Document | ShadowRoot | Element {
  return node.nodeType === 1 || node.nodeType === 9 || node.nodeType === 11;
}
