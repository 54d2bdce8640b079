import { MAX_NAMED_PORT, MIN_NAMED_PORT } from './port-ranges';

/*
 * Issue 11: a named port at a stand-in destination has no known number (A-26 resolves a name at
 * the destination pod, and the pods a stand-in stands for are not in the repository). Each name
 * is an atom of the port space of its own, above the numbered ports, so that connection sets
 * keep their exact algebra: a name opened towards a stand-in is an opened flow, and `all ports`
 * still holds every name. The atoms are numbered in the order the names are first met; a number
 * never leaves the process (keys compare sets within one run; rendering prints the names).
 */
export class NamedPortAtoms {
  private readonly numbers = new Map<string, number>();
  private readonly names: string[] = [];

  /** `capacity` atoms from MIN_NAMED_PORT up (tests use a small one to reach the end). */
  constructor(private readonly capacity: number) {}

  /** The atom of a port name: the same number for the same name throughout the run. */
  number(name: string): number {
    let n = this.numbers.get(name);
    if (n === undefined) {
      if (this.names.length >= this.capacity) throw new Error(`internal error: more than ${this.capacity} port names`);
      n = MIN_NAMED_PORT + this.names.length;
      this.numbers.set(name, n);
      this.names.push(name);
    }
    return n;
  }

  /** Every port name given a number so far, with its number. */
  known(): readonly (readonly [string, number])[] {
    return this.names.map((name, i) => [name, MIN_NAMED_PORT + i] as const);
  }
}

/** The run's atoms: every number from MIN_NAMED_PORT to MAX_NAMED_PORT. */
const atoms = new NamedPortAtoms(MAX_NAMED_PORT - MIN_NAMED_PORT + 1);

/** The atom of a port name: the same number for the same name throughout the run. */
export function namedPortNumber(name: string): number {
  return atoms.number(name);
}

/** Every port name given a number so far, with its number. */
export function knownNamedPorts(): readonly (readonly [string, number])[] {
  return atoms.known();
}
