import { EntityIndex } from './entityIndex';
import { LazyEntityStore } from './entityStore';
import { FlatOwnerLists, flattenOwnerLists } from './ownerLists';
import type { Entity, EntityFormSource, EntityTitle, EntityType } from './entityTypes';
import type { Lang } from '../types';

// A compiled entity index as bytes, so that a list which has not changed
// since the last run is not parsed, folded and indexed again: the name trie
// and the near-miss table are typed arrays already, and go back into memory
// as they are; the entries stay JSON text until a mention needs one. Reading
// back a 100,000-name list this way costs a small part of parsing its YAML.
//
// Layout: "CDKSNAP" + format byte, a little-endian u32 header length, the
// header as JSON (section name → [kind, offset, byte length]), then the
// sections, each at an offset that is a multiple of 8. The bytes are only
// ever data: nothing in them is evaluated, and anything that does not add up
// makes `decodeSnapshot` return undefined (the caller then loads the list).

const MAGIC = 'CDKSNAP';
/** Bump when the layout or what the index stores changes. */
export const SNAPSHOT_FORMAT = 2;

type Kind = 'str' | 'i32' | 'u16';
interface Header {
  format: number;
  littleEndian: boolean;
  paths: string[];
  counts: { entities: number; keys: number; tokens: number; words: number };
  sections: Record<string, [Kind, number, number]>;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const SEPARATOR = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Where compiled lists are kept between runs (the CLI and the editor keep
 * them on disk, outside the workspace). `sources` are the list files with
 * their text: a store keys a snapshot by all of them, so a changed byte is a
 * different snapshot. `variant` says what else the index depends on.
 */
export interface SnapshotStore {
  read(sources: ReadonlyArray<{ path: string; text: string }>, variant: string): Uint8Array | undefined;
  /** `encode` makes the bytes, in pieces (undefined: this index cannot be stored); a store may call it later, or never. */
  write(sources: ReadonlyArray<{ path: string; text: string }>, variant: string, encode: () => Uint8Array[] | undefined): void;
}

/**
 * The bytes of an index, in pieces to write one after the other (a 100,000-name
 * index is ~20 MB: one more copy of it would only raise the peak memory), or
 * undefined when it cannot be stored (a name holding U+0000).
 */
export function encodeSnapshot(index: EntityIndex): Uint8Array[] | undefined {
  const p = index.parts();
  const paths: string[] = [];
  const pathIds = new Map<string, number>();
  // The entries go straight into UTF-8, one after the other: holding them as
  // 100,000 strings, then one joined string, then its bytes, tripled the memory.
  const json = new GrowingBytes(p.entities.length * 96);
  const ends = new Int32Array(p.entities.length);
  const ids: string[] = [];
  let end = 0;
  for (let i = 0; i < p.entities.length; i++) {
    const e = p.entities.at(i);
    if (!e) return undefined;
    let pathId = pathIds.get(e.source.path);
    if (pathId === undefined) {
      pathId = paths.length;
      paths.push(e.source.path);
      pathIds.set(e.source.path, pathId);
    }
    // Ends are byte offsets: an entry is decoded from its own bytes when a mention needs it.
    end += json.append(JSON.stringify(compact(e, pathId)));
    ends[i] = end;
    ids.push(e.id);
  }
  const words = [...p.nearMiss.words()];
  // UTF-8 cannot carry a lone surrogate: such a name is not stored rather than stored changed.
  const joined = (list: readonly string[]): string | undefined => (list.some((s) => s.includes(SEPARATOR) || LONE_SURROGATE.test(s)) ? undefined : list.join(SEPARATOR));
  const idText = joined(ids);
  const keyText = joined(p.keys);
  const tokenText = joined(p.nearMiss.tokens);
  const wordText = joined(words);
  if (idText === undefined || keyText === undefined || tokenText === undefined || wordText === undefined) return undefined;

  const sections: Array<[string, Kind, Uint8Array]> = [
    ['entities', 'str', json.bytes()],
    ['entityEnds', 'i32', bytesOf(ends)],
    ['ids', 'str', utf8(idText)],
    ['keys', 'str', utf8(keyText)],
    ['keyFirst', 'i32', bytesOf(p.firstOwner)],
    ['keyMore', 'i32', bytesOf(flattenOwnerLists(p.moreOwners))],
    ['trieEdgeStart', 'i32', bytesOf(p.trie.edgeStart)],
    ['trieEdgeLabel', 'u16', bytesOf(p.trie.edgeLabel)],
    ['trieEdgeTarget', 'i32', bytesOf(p.trie.edgeTarget)],
    ['trieTerminal', 'i32', bytesOf(p.trie.terminal)],
    ['tokens', 'str', utf8(tokenText)],
    ['tokenFirst', 'i32', bytesOf(p.nearMiss.firstOwner)],
    ['tokenMore', 'i32', bytesOf(flattenOwnerLists(p.nearMiss.moreOwners))],
    ['hashes', 'i32', bytesOf(p.nearMiss.hashes)],
    ['values', 'i32', bytesOf(p.nearMiss.values)],
    ['words', 'str', utf8(wordText)],
  ];
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    littleEndian: LITTLE_ENDIAN,
    paths,
    counts: { entities: p.entities.length, keys: p.keys.length, tokens: p.nearMiss.tokens.length, words: words.length },
    sections: {},
  };
  // Offsets depend on the header's length, which depends on the offsets:
  // lay out once with a guess, then again with the real length until stable.
  let headerBytes: Uint8Array = new Uint8Array(0);
  for (let attempt = 0; attempt < 4; attempt++) {
    let at = align8(MAGIC.length + 1 + 4 + headerBytes.length);
    for (const [name, kind, data] of sections) {
      header.sections[name] = [kind, at, data.length];
      at = align8(at + data.length);
    }
    const next = utf8(JSON.stringify(header));
    const stable = next.length === headerBytes.length;
    headerBytes = next;
    if (stable) break;
  }
  const lead = new Uint8Array(MAGIC.length + 5);
  lead.set(utf8(MAGIC), 0);
  lead[MAGIC.length] = SNAPSHOT_FORMAT;
  new DataView(lead.buffer).setUint32(MAGIC.length + 1, headerBytes.length, true);
  const pieces: Uint8Array[] = [lead, headerBytes];
  let at = lead.length + headerBytes.length;
  for (const [name, , data] of sections) {
    const offset = header.sections[name]?.[1] ?? at;
    if (offset > at) pieces.push(new Uint8Array(offset - at));
    pieces.push(data);
    at = offset + data.length;
  }
  return pieces;
}

/** The index stored in `bytes`, or undefined when they are not a snapshot this engine can read. */
export function decodeSnapshot(bytes: Uint8Array): EntityIndex | undefined {
  try {
    return decode(bytes);
  } catch {
    return undefined;
  }
}

function decode(bytes: Uint8Array): EntityIndex | undefined {
  if (bytes.length < MAGIC.length + 5 || text(bytes.subarray(0, MAGIC.length)) !== MAGIC || bytes[MAGIC.length] !== SNAPSHOT_FORMAT) return undefined;
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length + 1, true);
  if (MAGIC.length + 5 + headerLength > bytes.length) return undefined;
  const header = JSON.parse(text(bytes.subarray(MAGIC.length + 5, MAGIC.length + 5 + headerLength))) as Header;
  if (header.format !== SNAPSHOT_FORMAT || header.littleEndian !== LITTLE_ENDIAN || !Array.isArray(header.paths)) return undefined;
  const raw = (name: string, kind: Kind): Uint8Array | undefined => {
    const s = header.sections[name];
    if (!s || s[0] !== kind || !Number.isInteger(s[1]) || !Number.isInteger(s[2]) || s[1] < 0 || s[2] < 0 || s[1] + s[2] > bytes.length) return undefined;
    if (kind !== 'str' && s[2] % (kind === 'i32' ? 4 : 2) !== 0) return undefined;
    return bytes.subarray(s[1], s[1] + s[2]);
  };
  // Sections start on 8-byte boundaries of the file: when the bytes came in a
  // buffer of their own (as readFileSync gives a large file), the arrays are
  // views of it, not copies (12 MB for 100,000 names); otherwise a copy
  // (`new Uint8Array(view)` copies; a Node Buffer's `slice` would not).
  const view = <T>(name: string, kind: 'i32' | 'u16', make: (buffer: ArrayBufferLike, offset: number, length: number) => T): T | undefined => {
    const b = raw(name, kind);
    if (!b) return undefined;
    const size = kind === 'i32' ? 4 : 2;
    if (b.byteOffset % size === 0) return make(b.buffer, b.byteOffset, b.byteLength / size);
    return make(new Uint8Array(b).buffer, 0, b.byteLength / size);
  };
  const i32 = (name: string): Int32Array | undefined => view(name, 'i32', (buf, at, n) => new Int32Array(buf, at, n));
  const u16 = (name: string): Uint16Array | undefined => view(name, 'u16', (buf, at, n) => new Uint16Array(buf, at, n));
  const str = (name: string): string | undefined => {
    const b = raw(name, 'str');
    return b && text(b);
  };
  const list = (name: string, count: number): string[] | undefined => {
    const s = str(name);
    if (s === undefined) return undefined;
    const out = count === 0 ? [] : s.split(SEPARATOR);
    return out.length === count ? out : undefined;
  };

  const { counts } = header;
  // The entries stay UTF-8 until asked for: decoding all of them (7 MB for
  // 100,000 names) was the largest part of loading a snapshot.
  const json = raw('entities', 'str');
  const ends = i32('entityEnds');
  const ids = str('ids');
  const keys = list('keys', counts.keys);
  const keyFirst = i32('keyFirst');
  const keyMore = i32('keyMore');
  const edgeStart = i32('trieEdgeStart');
  const edgeLabel = u16('trieEdgeLabel');
  const edgeTarget = i32('trieEdgeTarget');
  const terminal = i32('trieTerminal');
  const tokens = list('tokens', counts.tokens);
  const tokenFirst = i32('tokenFirst');
  const tokenMore = i32('tokenMore');
  const hashes = i32('hashes');
  const values = i32('values');
  const words = str('words');
  if (
    json === undefined || !ends || ids === undefined || !keys || !keyFirst || !keyMore || !edgeStart || !edgeLabel || !edgeTarget || !terminal ||
    !tokens || !tokenFirst || !tokenMore || !hashes || !values || words === undefined
  ) return undefined;
  const consistent =
    ends.length === counts.entities && (ends.length === 0 || ends[ends.length - 1] === json.length) &&
    keyFirst.length === keys.length && tokenFirst.length === tokens.length &&
    edgeStart.length === terminal.length + 1 && edgeLabel.length === edgeTarget.length && edgeLabel.length === Math.max(0, terminal.length - 1) &&
    hashes.length === values.length && hashes.length > 0 && (hashes.length & (hashes.length - 1)) === 0;
  if (!consistent) return undefined;
  const moreKeys = FlatOwnerLists.from(keyMore);
  const moreTokens = FlatOwnerLists.from(tokenMore);
  if (!moreKeys || !moreTokens) return undefined;

  const paths = header.paths;
  const entities = new LazyEntityStore(json, ends, ids, (b) => expand(JSON.parse(text(b)) as CompactEntity, paths));
  let wordList: string[] | undefined;
  return EntityIndex.fromParts({
    entities,
    keys,
    firstOwner: keyFirst,
    moreOwners: moreKeys,
    trie: { edgeStart, edgeLabel, edgeTarget, terminal },
    nearMiss: {
      tokens,
      firstOwner: tokenFirst,
      moreOwners: moreTokens,
      hashes,
      values,
      words: () => (wordList ??= counts.words === 0 ? [] : words.split(SEPARATOR)),
    },
  });
}

/** An entity as stored: positional, empty fields as 0, the list's path as an index into the header's paths. */
type CompactEntity = [
  id: string,
  type: EntityType,
  name: string,
  names: Record<Lang, string> | 0,
  aliases: string[] | 0,
  aliasesByLang: Record<Lang, string[]> | 0,
  titles: EntityTitle[] | 0,
  bio: Record<Lang, string> | 0,
  path: number,
  start: number,
  end: number,
  formSources: EntityFormSource[] | 0,
];

const NONE: Readonly<Record<string, never>> = Object.freeze({});
const NO_LIST: readonly never[] = Object.freeze([]);

function compact(e: Entity, path: number): CompactEntity {
  const orZero = <T extends object>(o: T): T | 0 => (Array.isArray(o) ? o.length > 0 : Object.keys(o).length > 0) ? o : 0;
  return [
    e.id, e.type, e.name,
    orZero({ ...e.names }), orZero([...e.aliases]), orZero(Object.fromEntries(Object.entries(e.aliasesByLang).map(([l, a]) => [l, [...a]]))),
    orZero(e.titles.map((t) => ({ ...t }))), orZero({ ...e.bio }),
    path, e.source.start, e.source.end,
    e.formSources && e.formSources.length > 0 ? e.formSources.map((f) => ({ ...f })) : 0,
  ];
}

function expand(c: CompactEntity, paths: readonly string[]): Entity {
  const [id, type, name, names, aliases, aliasesByLang, titles, bio, path, start, end, formSources] = c;
  const entity: Entity = {
    id,
    type,
    name,
    names: names === 0 ? NONE : names,
    aliases: aliases === 0 ? NO_LIST : aliases,
    aliasesByLang: aliasesByLang === 0 ? NONE : aliasesByLang,
    titles: titles === 0 ? NO_LIST : titles,
    bio: bio === 0 ? NONE : bio,
    source: { path: paths[path] ?? '', start, end },
  };
  if (formSources !== 0) entity.formSources = formSources;
  return entity;
}

/** UTF-8 written piece by piece into one buffer, doubled when full. */
class GrowingBytes {
  private buffer: Uint8Array;
  private length = 0;

  constructor(initial: number) {
    this.buffer = new Uint8Array(Math.max(1024, initial));
  }

  /** Appends `s` as UTF-8 and returns how many bytes that took. */
  append(s: string): number {
    // At most three bytes per UTF-16 unit.
    if (this.buffer.length - this.length < s.length * 3) {
      const next = new Uint8Array(Math.max(this.buffer.length * 2, this.length + s.length * 3));
      next.set(this.buffer.subarray(0, this.length));
      this.buffer = next;
    }
    const { written } = encoder.encodeInto(s, this.buffer.subarray(this.length));
    this.length += written;
    return written;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

function bytesOf(a: Int32Array | Uint16Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

function text(b: Uint8Array): string {
  return decoder.decode(b);
}
