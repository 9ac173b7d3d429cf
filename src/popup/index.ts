/** Popup entry point. */
import { callBackground } from '../shared/messaging';

async function main(): Promise<void> {
  const { version } = await callBackground('ping', {});
  document.body.dataset.version = version;
}
void main();
