import { TARGETS_CSV_TEMPLATE } from '../shared/import';
import type { TemplateCommand } from './args';
import type { CommandIo } from './report-command';

/** `template targets`: the targets CSV template on stdout, to fill in and pass back with --targets. */
export function runTemplate(command: TemplateCommand, io: Pick<CommandIo, 'stdout'>): void {
  if (command.template === 'targets') io.stdout(TARGETS_CSV_TEMPLATE);
}
