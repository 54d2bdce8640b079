/**
 * Issue 11's scenario: the base lets prod/db be reached only from pods labelled app=api; the PR
 * opens it to `namespaceSelector: {}`; the rules forbid namespaces dev and staging → prod/db, and
 * no workload of dev or staging is in the repository.
 */
const DEPLOYMENTS = `apiVersion: apps/v1
kind: Deployment
metadata: { name: db, namespace: prod }
spec:
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec:
      containers:
        - name: mysql
          image: mysql:8
          ports: [{ containerPort: 3306, name: mysql }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: prod }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      containers: [{ name: api, image: api:1 }]
`;

const policy = (peer: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: db-ingress, namespace: prod }
spec:
  podSelector: { matchLabels: { app: db } }
  policyTypes: [Ingress]
  ingress:
    - from:
        - ${peer}
      ports:
        - port: 3306
`;

export const BASE_FILES: Record<string, string> = { 'k8s/app.yaml': DEPLOYMENTS, 'k8s/db-ingress.yaml': policy('podSelector: { matchLabels: { app: api } }') };
export const HEAD_FILES: Record<string, string> = { 'k8s/app.yaml': DEPLOYMENTS, 'k8s/db-ingress.yaml': policy('namespaceSelector: {}') };
/** The line of the ingress rule that opens the database in head (`- from:`). */
export const OPENING_LINE = 8;

export const RULES = `rules:
  forbid:
    - name: no dev or staging to the database
      from: { namespace: [dev, staging] }
      to: { namespace: prod, workload: db }
`;
