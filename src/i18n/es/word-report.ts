/** Spanish UI strings: wordReport (el informe editable en Word, junto al PDF, #17). */
import type { UiStrings } from '../types';

export const wordReport: UiStrings['wordReport'] = {
  button: 'Descargar el informe editable (Word)',
  working: 'Preparando el archivo de Word…',
  done: 'Se ha descargado «{file}».',
  failed:
    'No se ha podido generar el archivo de Word ({error}). No se ha perdido nada: inténtelo de nuevo.',
  help: 'El mismo informe que el PDF, con el logotipo elegido arriba, en un archivo .docx que se edita en Microsoft Word, LibreOffice Writer o Google Docs (súbalo a Drive y elija «Abrir con Documentos de Google»). Los títulos usan los estilos de título de Word, así que el panel de navegación y el índice funcionan. Para numerar las páginas del índice, acepte la actualización de campos que Word ofrece al abrir el archivo, o haga clic con el botón derecho en el índice y elija «Actualizar campos» (en Writer, «Actualizar índice»).',
  contents: 'Índice',
};
