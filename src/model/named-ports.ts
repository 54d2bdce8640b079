import { MAX_NAMED_PORT, MIN_NAMED_PORT } from './port-ranges';

/*
 * Issue 11: a named port at a stand-in destination has no known number (A-26 resolves a name at
 * the destination pod, and the pods a stand-in stands for are not in the repository). Each name
 * is an atom of the port space of its own, above the numbered ports, so that connection sets
 * keep their exact algebra: a name opened towards a stand-in is an opened flow, and `all ports`
 * still holds every name. The atoms are numbered in the order the names are first met; a number
 * never leaves the process (keys compare sets within one run; rendering prints the names).
 */
const numbers = new Map<string, number>();
const names: string[] = [];

/** The atom of a port name: the same number for the same name throughout the run. */
export function namedPortNumber(name: string): number {
  let n = numbers.get(name);
  if (n === undefined) {
    if (MIN_NAMED_PORT + names.length > MAX_NAMED_PORT) throw new Error(`internal error: more than ${MAX_NAMED_PORT - MIN_NAMED_PORT + 1} port names`);
    n = MIN_NAMED_PORT + names.length;
    numbers.set(name, n);
    names.push(name);
  }
  return n;
}

/** Every port name given a number so far, with its number. */
export function knownNamedPorts(): readonly (readonly [string, number])[] {
  return names.map((name, i) => [name, MIN_NAMED_PORT + i] as const);
}
