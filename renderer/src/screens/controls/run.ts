/** Runs an edit through useSave: reports "Saved at …" or the error; resolves to the result, or undefined when it failed. */
export type Run = <T>(action: () => Promise<T>) => Promise<T | undefined>;
