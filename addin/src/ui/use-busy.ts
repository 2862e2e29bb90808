import { useState } from 'preact/hooks';
import { errorMessage, type Message } from '../messages';

/** One job at a time per panel: `busy` disables the buttons, and a failure becomes a Chinese message, never a throw. */
export function useBusy(say: (message: Message) => void): { busy: boolean; run: (job: () => Promise<void>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    try {
      await job();
    } catch (err) {
      say(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
