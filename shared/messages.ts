import { z } from 'zod';
import { FactSchema, PageKindSchema, PageRecordSchema } from './model';

// Every message between extension parts, declared once: name → request schema → response schema.
// The transport (runtime.sendMessage/onMessage) is injected, so this file stays free of browser globals.

export const CaptureRequestSchema = z.object({
  /** Omitted: the active tab of the current window. */
  tabId: z.number().int().optional(),
  selectionOnly: z.boolean().optional(),
});

export const CaptureOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    kind: PageKindSchema,
    title: z.string(),
    facts: z.array(FactSchema),
    records: z.array(PageRecordSchema),
    draftId: z.string(),
    key: z.string(),
    url: z.string(),
    previousCapturedAt: z.string().nullable(),
    /** Saved, but the clerk should know: e.g. the page had not finished loading. */
    notice: z.string().optional(),
  }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type CaptureOutcome = z.infer<typeof CaptureOutcomeSchema>;

/** Broadcast by the background while it captures, so an open panel can follow along. */
export const CaptureEventSchema = z.object({
  phase: z.enum(['started', 'saved', 'failed']),
  tabId: z.number().int().nullable(),
  key: z.string().optional(),
  message: z.string().optional(),
  /** On 'saved': when this page had been captured into the draft before (a re-capture updates it). */
  previousCapturedAt: z.string().nullable().optional(),
});
export type CaptureEvent = z.infer<typeof CaptureEventSchema>;

export const Protocol = {
  /** panel → background: capture the active tab like the toolbar button does. */
  'capture-tab': { request: CaptureRequestSchema, response: CaptureOutcomeSchema },
  /** background → panel(s): capture progress; no reply. */
  'capture-event': { request: CaptureEventSchema, response: z.void() },
} as const;

export type MessageName = keyof typeof Protocol;
export type RequestOf<K extends MessageName> = z.infer<(typeof Protocol)[K]['request']>;
export type ResponseOf<K extends MessageName> = z.infer<(typeof Protocol)[K]['response']>;

const EnvelopeSchema = z.object({ zx: z.enum(Object.keys(Protocol) as [MessageName, ...MessageName[]]), data: z.unknown() });

/** The part of runtime messaging we use (WebExtension `browser.runtime`). */
export interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(cb: (message: unknown, sender: unknown) => Promise<unknown> | undefined | void): void;
    removeListener(cb: (message: unknown, sender: unknown) => Promise<unknown> | undefined | void): void;
  };
}

export async function sendMessage<K extends MessageName>(runtime: Runtime, name: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const request = Protocol[name].request.parse(data);
  const raw = await runtime.sendMessage({ zx: name, data: request });
  return Protocol[name].response.parse(raw) as ResponseOf<K>;
}

/** Send and ignore "no receiver" (e.g. no side panel open). */
export async function broadcast<K extends MessageName>(runtime: Runtime, name: K, data: RequestOf<K>): Promise<void> {
  try {
    await runtime.sendMessage({ zx: name, data: Protocol[name].request.parse(data) });
  } catch {
    /* nobody listening */
  }
}

export type Handler<K extends MessageName> = (data: RequestOf<K>, sender: unknown) => Promise<ResponseOf<K>> | ResponseOf<K>;

/** Listen for one message; other messages are left to other listeners. Returns an unsubscribe function. */
export function onMessage<K extends MessageName>(runtime: Runtime, name: K, handler: Handler<K>): () => void {
  const listener = (message: unknown, sender: unknown): Promise<unknown> | undefined => {
    const env = EnvelopeSchema.safeParse(message);
    if (!env.success || env.data.zx !== name) return undefined;
    const parsed = Protocol[name].request.safeParse(env.data.data);
    if (!parsed.success) return Promise.reject(new Error(`消息格式错误（${name}），请重新加载扩展`));
    return Promise.resolve(handler(parsed.data as RequestOf<K>, sender));
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
