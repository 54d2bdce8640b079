import { createRequire as __flowgateCreateRequire } from 'node:module';
const require = __flowgateCreateRequire(import.meta.url);
