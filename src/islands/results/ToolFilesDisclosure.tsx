/**
 * The plan's files for the team's tools behind a disclosure: their code (and the help texts'
 * elements) is fetched and drawn only once it is opened, so the results page's first load does not
 * grow with them (#17).
 */
import type { ComponentProps } from 'preact';
import { EditorDisclosure } from '../roadmap/EditorDisclosure';
import { LoadedPart } from '../shared/LoadedPart';
import type { ResultsToolFiles } from './ResultsToolFiles';

const loadToolFiles = () => import('./ResultsToolFiles').then((m) => m.ResultsToolFiles);

export function ToolFilesDisclosure(props: ComponentProps<typeof ResultsToolFiles>) {
  return (
    <EditorDisclosure id="tool-files" summary={props.toolFilesStrings.heading} wanted={false}>
      <LoadedPart load={loadToolFiles} props={props} failed={props.toolFilesStrings.loadFailed} />
    </EditorDisclosure>
  );
}
