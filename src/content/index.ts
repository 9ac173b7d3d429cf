/** Content script entry point: builds the page's objects and wires them together. */
import { callBackground } from '../shared/messaging';

void callBackground('reportFindings', { findings: null, inactive: null }).catch(() => undefined);
