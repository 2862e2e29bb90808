import { FormFileError } from '../../shared/form/form-file';
import { formFileSizeProblem, formFileText } from '../../shared/form/form-text';

// A form data file the clerk picked, as text: the shared decode path the CLI uses (UTF-8 with or without BOM,
// UTF-16 as Notepad saves it; GBK or Big5 named and refused), and a file past the limit refused before it is read.

export async function readFormFileText(file: File): Promise<string> {
  const name = `文件“${file.name}”`;
  const big = formFileSizeProblem(file.size, name);
  if (big) throw new FormFileError(big);
  return formFileText(new Uint8Array(await file.arrayBuffer()), name);
}
