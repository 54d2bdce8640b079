/**
 * Kubernetes names and labels as the API server validates them (apimachinery), shared by the
 * manifests and the rules file.
 */

/** the label every namespace carries with its own name (Kubernetes 1.21+). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

const NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Why an object name is not a DNS subdomain (apimachinery IsDNS1123Subdomain, NameIsDNSSubdomain), or null. */
export function dnsSubdomainProblem(name: string): string | null {
  if (name.length > 253 || !DNS_SUBDOMAIN.test(name)) return 'a name is at most 253 lower-case letters, digits, "-" and ".", starting and ending with a letter or digit';
  return null;
}

/** Why a label key is invalid (apimachinery IsQualifiedName), or null. */
export function labelKeyProblem(key: string): string | null {
  const parts = key.split('/');
  if (parts.length > 2) return 'a label key has at most one "/"';
  const name = parts[parts.length - 1]!;
  if (parts.length === 2) {
    const prefix = parts[0]!;
    if (!prefix || prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)) return `prefix "${prefix}" is not a DNS subdomain`;
  }
  if (!name || name.length > 63 || !NAME.test(name)) {
    return 'a label name is 1-63 characters of letters, digits, "-", "_" and ".", starting and ending with a letter or digit';
  }
  return null;
}

/** Why a label value is invalid (apimachinery IsValidLabelValue), or null. */
export function labelValueProblem(value: string): string | null {
  if (value.length > 63 || !NAME.test(value)) {
    return 'a label value is at most 63 characters of letters, digits, "-", "_" and ".", starting and ending with a letter or digit';
  }
  return null;
}
