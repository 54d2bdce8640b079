/** apimachinery IsValidPortName: an IANA service name. */
export function portNameProblem(name: string): string | null {
  if (name.length < 1 || name.length > 15) return 'a port name is 1-15 characters';
  if (!/^[a-z0-9-]+$/.test(name)) return 'a port name has only lower-case letters, digits and "-"';
  if (!/[a-z]/.test(name)) return 'a port name has at least one letter';
  if (name.startsWith('-') || name.endsWith('-') || name.includes('--')) return 'a port name does not start or end with "-" or hold "--"';
  return null;
}
