/**
 * A spreadsheet's formula errors as it shows them, and what each says about the
 * formula (for the hint). A workbook holds them as error cells; a CSV saved from
 * the sheet holds them as text.
 */
export const FORMULA_ERROR_MEANINGS: Readonly<Record<string, string>> = {
  '#DIV/0!': 'it divides by zero or by an empty cell',
  '#N/A': 'a lookup found no value',
  '#REF!': 'it refers to a cell that was deleted',
  '#VALUE!': 'it computes with text or a value of the wrong kind',
  '#NAME?': 'it uses a function or name the program does not know',
  '#NUM!': 'a number is out of range',
  '#NULL!': 'two ranges do not intersect',
  '#SPILL!': 'its result would spill over cells that are not empty',
  '#CALC!': 'it computes an empty array or another result a cell cannot hold',
  '#FIELD!': 'it reads a field a linked data type does not have',
  '#CONNECT!': 'a linked data type could not reach its service',
  '#BLOCKED!': 'a setting or policy blocked what it needs',
  '#BUSY!': 'it was still calculating when the file was saved',
  '#UNKNOWN!': 'it uses a data type this program does not know',
};
