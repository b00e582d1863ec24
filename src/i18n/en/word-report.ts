/** English UI strings: wordReport (the editable Word report next to the PDF, #17). */
export const wordReport = {
  button: 'Download the editable report (Word)',
  working: 'Preparing the Word file…',
  done: '“{file}” was downloaded.',
  failed: 'The Word file could not be made ({error}). Nothing was lost: try again.',
  help: 'The same report as the PDF, with the logo chosen above, as a .docx file to edit in Microsoft Word, LibreOffice Writer or Google Docs (upload it to Drive, then “Open with Google Docs”). Its headings use Word’s heading styles, so the navigation pane and the table of contents work. To number the pages of the contents, accept Word’s offer to update fields when the file opens, or right-click the table and choose “Update field” (in Writer, “Update index”).',
  /** The title over the document's table of contents. */
  contents: 'Contents',
} as const;
