// What the version history says, for `translation.stale`: the text a
// counterpart had when a version was last committed. The engine only asks;
// an adapter that can read the repository (without running anything in it)
// answers. Undefined means "not known", and the rule stays silent.

export interface VersionHistory {
  /** `counterpart` as it was at `version`'s last commit; asked with `version` itself, the version's own text then. */
  counterpartAtLastCommit(version: string, counterpart: string): string | undefined;
  /**
   * Told once per check every (version, counterpart) pair it will be asked
   * about, so that it can read them all at once (a process per question
   * made a folder of 300 pairs spend longer asking git than checking).
   */
  prepare?(pairs: ReadonlyArray<readonly [version: string, counterpart: string]>): void;
}
