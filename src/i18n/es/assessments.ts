/** Spanish UI strings: assessments. */
import type { UiStrings } from '../types';

export const assessments: UiStrings['assessments'] = {
  title: 'Sus evaluaciones',
  description:
    'Empiece, continúe, importe o comparta evaluaciones de preparación para CRM. Todo se queda en este navegador.',
  heading: 'Sus evaluaciones',
  lead: 'Las evaluaciones se guardan solo en este navegador, a medida que responde. Exporte un archivo para llevar una a otro dispositivo o guardar una copia.',
  loading: 'Cargando sus evaluaciones…',
  noscript:
    'El cuestionario necesita JavaScript. Funciona solo en su navegador: nada de lo que escribe se envía a ningún sitio.',
  newHeading: 'Empezar una evaluación nueva',
  nameLabel: 'Nombre de la evaluación',
  nameHint: 'Por ejemplo: «Preparación CRM, primavera de 2027».',
  organizationLabel: 'Organización',
  assessorLabel: 'Quién evalúa (opcional)',
  startButton: 'Empezar la evaluación',
  quickScanTag: 'Evaluación rápida',
  nameRequired: 'Ponga un nombre a la evaluación.',
  organizationRequired: 'Escriba el nombre de la organización.',
  formErrors: 'Corrija los campos señalados.',
  listHeading: 'Guardadas en este navegador',
  empty: 'Todavía no hay ninguna evaluación. Empiece una arriba o importe un archivo.',
  created: 'Creada el {date}',
  updated: 'Último cambio: {date}',
  progress: '{answered} de {total} preguntas respondidas',
  progressDontKnow: '{answered} de {total} preguntas respondidas, {dontKnow} con «No lo sé»',
  assessor: 'Evaluada por {name}',
  continue: 'Continuar',
  continueLabel: 'Continuar {name}',
  follow: 'Seguimiento',
  followLabel: 'Seguimiento del plan de {name}',
  results: 'Resultados',
  resultsLabel: 'Resultados de {name}',
  rename: 'Renombrar',
  renameLabel: 'Nuevo nombre',
  save: 'Guardar',
  cancel: 'Cancelar',
  duplicate: 'Duplicar',
  copyName: '{name} (copia)',
  export: 'Exportar archivo',
  share: 'Copiar enlace para compartir',
  delete: 'Eliminar',
  actionsLabel: 'Acciones de {name}',
  deleteTitle: '¿Eliminar esta evaluación?',
  deleteText:
    '«{name}» y todas sus respuestas se borrarán de este navegador. Podrá deshacerlo justo después.',
  deleteConfirm: 'Eliminar',
  deleted: 'Se ha eliminado «{name}».',
  undo: 'Deshacer',
  restored: 'Se ha recuperado «{name}».',
  duplicated: 'Se ha creado «{name}».',
  renamed: 'Ahora se llama «{name}».',
  exported: 'Se ha descargado «{file}».',
  keptAside:
    '{count} respuestas se refieren a preguntas que esta versión ya no hace; se guardan aparte con la evaluación, no se borran.',
  keptAsideOne:
    'Una respuesta se refiere a una pregunta que esta versión ya no hace; se guarda aparte con la evaluación, no se borra.',
  importHeading: 'Importar una evaluación',
  importText: 'Elija un archivo exportado desde esta herramienta. Se lee solo en este navegador.',
  importLabel: 'Archivo de evaluación (.json)',
  imported: 'Se ha importado «{name}».',
  clashTitle: 'Esta evaluación ya está aquí',
  clashText:
    '«{name}» en este navegador es la misma evaluación que la del archivo (último cambio: {date}). ¿La sustituye por la del archivo o conserva las dos?',
  replace: 'Sustituir',
  keepBoth: 'Conservar las dos',
  importFailed: 'No se ha importado nada y no ha cambiado nada de lo guardado.',
  errorDetails: 'Detalles',
  importErrors: {
    empty: 'El archivo está vacío.',
    'too-large': 'El archivo ocupa más de 1 MB, mucho más de lo que necesita cualquier evaluación.',
    'not-json': 'Este archivo no es una evaluación exportada: no es JSON.',
    'not-assessment': 'Este archivo no es una evaluación exportada desde esta herramienta.',
    'plan-file':
      'Este es el archivo del plan (Plan (JSON) en la página de resultados), no una evaluación. Para trasladar una evaluación, use «Exportar archivo» en la página de evaluaciones e importe ese archivo (crm-assessment-….json).',
    'workshop-file':
      'Este es un archivo de taller (una copia de seguridad, una invitación o las respuestas de un participante), no una evaluación. Ábralo en la página de Talleres.',
    'newer-version':
      'Este archivo se creó con una versión más reciente de esta herramienta. Vuelva a abrir el sitio para actualizarlo y luego impórtelo.',
    invalid:
      'Este archivo de evaluación está dañado o se ha editado: algunos de sus campos no son válidos.',
    'corrupt-link':
      'Este enlace para compartir está roto o incompleto. Pida el enlace otra vez y cópielo entero.',
    'read-failed': 'No se ha podido leer el archivo.',
  },
  shareHeading: 'Le han compartido una evaluación',
  shareText:
    '«{name}» de {organization}, con {answered} de {total} preguntas respondidas. ¿La importa a este navegador?',
  shareImport: 'Importar',
  shareDismiss: 'Ahora no',
  shareError: 'No se ha podido abrir este enlace para compartir.',
  shareCopied:
    'Enlace copiado. Quien lo abra podrá importar esta evaluación; los datos viajan solo dentro del enlace, nunca a través de un servidor.',
  shareFallback: 'Copie este enlace para compartir la evaluación:',
  shareLinkLabel: 'Enlace para compartir',
  storageUnavailable:
    'Este navegador no permite que el sitio guarde datos (navegación privada o una configuración). Puede seguir trabajando, pero perderá sus respuestas al cerrar la página: exporte la evaluación para conservarla.',
  startNotSaved:
    'No se ha podido guardar la evaluación en este navegador, así que aún no se puede abrir. Lo escrito se conserva aquí: libere espacio en el navegador y vuelva a pulsar el botón, o exporte la evaluación desde la lista.',
  storageFull:
    'El almacenamiento de este navegador está lleno, así que los últimos cambios no se guardan. Exporte la evaluación para conservarla y después libere espacio.',
  storageCorrupt:
    '{count} elemento(s) guardado(s) no se han podido leer. Se han guardado aparte, no se han borrado, y todo lo demás funciona.',
  downloadCorrupt: 'Descargar los datos ilegibles',
  storageFailed:
    'Este navegador no ha guardado los últimos cambios, por un motivo distinto de la falta de espacio. Se conservan en esta página y se vuelven a intentar cada pocos segundos: exporte la evaluación para conservarla.',
  tryAgain: 'Volver a intentar guardar',
  notStored:
    '«{name}» está en esta página, pero aún no se ha guardado en este navegador. Se guardará en cuanto el almacenamiento vuelva a funcionar; mientras tanto, expórtela para conservarla.',
  storageEstimate: 'Guardado en este navegador: {usage} de unos {quota} disponibles.',
  exportNow: 'Exportar ahora',
  otherTabDeleted: 'Esta evaluación se ha eliminado en otra pestaña.',
  updateAvailable: 'Hay una versión nueva de este sitio. Sus respuestas se conservan.',
  updateReload: 'Usar la versión nueva',
  joinPrompt: '¿Le han invitado a un taller?',
  joinLink: 'Abra su invitación',
  workshopBadge: 'Respuestas de taller',
  handBack: 'Entregar respuestas',
  handBackLabel: 'Entregar las respuestas de {name}',
  reassess: {
    start: 'Empezar la siguiente evaluación',
    startLabel: 'Empezar la siguiente evaluación tras {name}',
    nameLabel: 'Nombre de la siguiente evaluación',
    nameHint:
      'Propuesto a partir del nombre de esta evaluación y del mes actual; cámbielo si quiere.',
    submit: 'Empezarla y responder',
    starting: 'Empezando la siguiente evaluación…',
    errors: {
      empty: 'Ponga un nombre a la siguiente evaluación.',
      'too-long': 'Ese nombre es demasiado largo: no pase de 120 caracteres.',
    },
    notFound: 'Esta evaluación ya no está en este navegador: vuelva a cargar la página.',
    planFailed:
      'No se ha podido leer el plan de esta evaluación, así que no se ha empezado nada. Compruebe la conexión y vuelva a intentarlo.',
    loadFailed:
      'No se ha podido cargar esta parte de la página. Compruebe la conexión y vuelva a intentarlo.',
  },
};
