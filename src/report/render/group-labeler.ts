import { formatPhrase, type SetDescriber } from '../model/endpoint-sets';

/** A set that a report names only in part ("and 12 more (G1)"), listed in full after the report. */
export interface LabelledGroup {
  label: string;
  members: number[];
}

/**
 * Writes sets of endpoints as phrases and names the ones whose members are folded ("and 12 more
 * (G1)"), for a list after the report. One labeler serves every format: `escape` is the format's
 * escaping of names (escapeMarkdown, escapeText).
 */
export class GroupLabeler {
  private readonly byKey = new Map<string, LabelledGroup>();

  /** A disabled labeler names no group (the member lists were left out for size). */
  constructor(
    private readonly escape: (s: string) => string,
    readonly enabled = true,
  ) {}

  /** The label of a folded set, made on first use; null when disabled. */
  label(members: readonly number[]): string | null {
    if (!this.enabled) return null;
    const key = members.join(',');
    let g = this.byKey.get(key);
    if (!g) {
      g = { label: `G${this.byKey.size + 1}`, members: [...members] };
      this.byKey.set(key, g);
    }
    return g.label;
  }

  /** A set of endpoints: summarised phrases, escaped, with a group label when names are folded. */
  set(members: readonly number[], sets: SetDescriber): string {
    return sets
      .describe(members)
      .phrases.map((p) => {
        const text = formatPhrase(p, this.escape);
        const label = p.kind === 'more' ? this.label(members) : null;
        return label ? `${text} (${label})` : text;
      })
      .join(', ');
  }

  /** Every labelled set, in label order. */
  groups(): LabelledGroup[] {
    return [...this.byKey.values()];
  }
}
