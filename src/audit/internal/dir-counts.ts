/**
 * How many tracked files each directory holds, a few levels deep: what the first scan's `git grep`
 * split balances on (`git-prefilter.ts`). Built from git's file list or from the index's cache tree
 * (`index-listing.ts`). The two meet the directories in different orders (the index's, and git's
 * cache tree's, name length first); the split orders them itself, so both give the same groups.
 *
 * @module
 */

/** Directory levels counted: deeper directories count toward their ancestor at this depth. */
export const DIR_COUNT_DEPTH = 4

export class DirNode {
  files = 0
  /** Keyed by the root-relative directory with its trailing slash (`a/b/`). */
  readonly children = new Map<string, DirNode>()

  child(name: string): DirNode {
    let c = this.children.get(name)
    if (c === undefined) {
      c = new DirNode()
      this.children.set(name, c)
    }
    return c
  }
}
