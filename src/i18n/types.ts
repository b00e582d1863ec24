/** The shape every language's UI strings must have: the English object with its texts widened to string. */
import type { en } from './en';

/** Turns a literal-typed string tree into one of plain strings, keeping keys and array lengths. */
export type Widen<T> = T extends string
  ? string
  : T extends readonly unknown[]
    ? { readonly [K in keyof T]: Widen<T[K]> }
    : { readonly [K in keyof T]: Widen<T[K]> };

/** The UI strings of one language. */
export type UiStrings = Widen<typeof en>;
