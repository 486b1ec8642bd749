// The slice of PapaParse's API that shared/ uses, declared without Node types.
// @types/papaparse references Node's types, which would let Node globals slip into
// shared/ unnoticed; shared/tsconfig.pure.json points `papaparse` here instead.
declare module 'papaparse' {
  namespace Papa {
    /** A parse error PapaParse reports on a record. */
    interface ParseError {
      type: string;
      code: string;
      message: string;
      row?: number;
    }
    /** What a step callback receives. */
    interface ParseStepResult<T> {
      data: T;
      errors: ParseError[];
      meta: { delimiter: string; linebreak: string; aborted: boolean; cursor: number };
    }
    /** The options shared/ passes. */
    interface ParseConfig<T> {
      header?: false;
      delimitersToGuess?: string[];
      newline?: string;
      skipEmptyLines?: boolean;
      step?: (result: ParseStepResult<T>) => void;
    }
    function parse<T>(input: string, config: ParseConfig<T>): void;
  }
  export default Papa;
}
