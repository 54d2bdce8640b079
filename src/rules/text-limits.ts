/** A rules file is a page of hand-written YAML; these bounds leave room for any real one. */
export const MAX_RULES_FILE_CHARS = 1024 * 1024;
export const MAX_RULES_DEPTH = 64;
