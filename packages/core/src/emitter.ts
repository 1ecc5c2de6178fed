/**
 * A tiny typed event emitter. Handlers that throw are isolated: one bad listener never breaks the
 * cart or the other listeners.
 *
 * @example
 * const events = createEmitter<{ ping: { n: number } }>();
 * const off = events.on('ping', ({ n }) => console.log(n));
 * events.emit('ping', { n: 1 });
 * off();
 */
export interface Emitter<Events extends object> {
  on<K extends keyof Events>(name: K, handler: (payload: Events[K]) => void): () => void;
  emit<K extends keyof Events>(name: K, payload: Events[K]): void;
  clear(): void;
}

/**
 * Creates an {@link Emitter}.
 *
 * @example
 * const events = createEmitter<{ change: string }>();
 */
export function createEmitter<Events extends object>(
  onHandlerError: (err: unknown) => void = (err) => console.error(err),
): Emitter<Events> {
  const handlers = new Map<keyof Events, Set<(payload: never) => void>>();
  return {
    on(name, handler) {
      const set = handlers.get(name) ?? new Set();
      handlers.set(name, set.add(handler as (payload: never) => void));
      return () => set.delete(handler as (payload: never) => void);
    },
    emit(name, payload) {
      for (const handler of [...(handlers.get(name) ?? [])]) {
        try {
          (handler as (p: typeof payload) => void)(payload);
        } catch (err) {
          onHandlerError(err);
        }
      }
    },
    clear() {
      handlers.clear();
    },
  };
}
