/**
 * Runs tasks one after another, each after everything queued before it; a failed task does not
 * stop the ones after it (its caller gets the rejection).
 */
export function createQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const result = tail.then(task);
    tail = result.catch(() => {});
    return result;
  };
}
